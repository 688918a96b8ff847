using RamSecurity.Analyzers.Tests.Verifiers;
using Xunit;

namespace RamSecurity.Analyzers.Tests.Conformance;

/// <summary>Concurrent execution on: two runs over the same sources give the same diagnostics, messages and properties, in the same order.</summary>
public class DeterminismTests
{
    [Fact]
    public async Task TwoConcurrentRuns_SameDiagnostics()
    {
        var runner = await AnalyzerRunner.CreateAsync();
        var sources = RobustnessTests.SampleFilePaths().Select(path => File.ReadAllText(Path.Combine(RepositoryFiles.Root, path)))
            .Append(RobustnessTests.SdkHeavySource)
            .Append(RobustnessTests.FormatHeavySource)
            .ToArray();

        var first = await runner.RunAsync(sources);
        var second = await runner.RunAsync(sources);

        Assert.Empty(first.Failures);
        Assert.NotEmpty(first.Diagnostics);
        Assert.Equal(Describe(first.Diagnostics), Describe(second.Diagnostics));
    }

    private static IEnumerable<string> Describe(IEnumerable<Microsoft.CodeAnalysis.Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.Location.GetLineSpan()} {d.Id} {d.GetMessage()} {string.Join(",", d.Properties.OrderBy(p => p.Key).Select(p => p.Key + "=" + p.Value))}");
}
