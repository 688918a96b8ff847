using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using RamSecurity.Analyzers.Tests.Verifiers;
using Xunit;

namespace RamSecurity.Analyzers.Tests.Conformance;

/// <summary>
/// Thousands of broken variants of real sources (<see cref="SourceMutator"/>), each run through every analyzer and
/// every code fix, single and Fix All: no analyzer exception (AD0001), no fix that throws, and no fix that turns a
/// document that parsed into one that does not. Fixed seed; RAMSECURITY_FUZZ_VARIANTS and RAMSECURITY_FUZZ_SEED run it
/// longer or differently on a workstation.
/// </summary>
public class FuzzTests
{
    private const int DefaultVariantsPerSource = 150;
    private const int DefaultSeed = 20261123;

    public static TheoryData<string> Sources()
    {
        var data = new TheoryData<string>();
        foreach (var path in RobustnessTests.SampleFilePaths())
        {
            data.Add(path);
        }

        data.Add(nameof(RobustnessTests.SdkHeavySource));
        data.Add(nameof(RobustnessTests.FormatHeavySource));
        return data;
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task MutatedSource_NoExceptionAndFixesKeepItParsing(string source)
    {
        var text = source switch
        {
            nameof(RobustnessTests.SdkHeavySource) => RobustnessTests.SdkHeavySource,
            nameof(RobustnessTests.FormatHeavySource) => RobustnessTests.FormatHeavySource,
            _ => File.ReadAllText(Path.Combine(RepositoryFiles.Root, source)),
        };

        var runner = await AnalyzerRunner.CreateAsync();
        var mutator = new SourceMutator(Setting("RAMSECURITY_FUZZ_SEED", DefaultSeed) + source.Length);
        var failures = new List<string>();
        var fixesApplied = 0;
        var variant = 0;
        foreach (var mutated in mutator.Variants(text, Setting("RAMSECURITY_FUZZ_VARIANTS", DefaultVariantsPerSource)))
        {
            variant++;
            var document = CodeFixRunner.CreateDocument(mutated, runner.References);
            var (diagnostics, analyzerFailures) = await runner.RunAsync((await document.Project.GetCompilationAsync())!);
            failures.AddRange(analyzerFailures.Select(f => $"variant {variant}: {f}"));

            var parsed = !HasParseErrors(await document.GetSyntaxTreeAsync());
            try
            {
                var ours = diagnostics.Where(d => d.Id.StartsWith("RAM", StringComparison.Ordinal)).ToList();
                var fixedDocuments = (await CodeFixRunner.ApplyEachAsync(document, ours.Take(4)))
                    .Concat(await CodeFixRunner.FixAllAsync(document, ours.ToImmutableArray()));
                foreach (var fixedDocument in fixedDocuments)
                {
                    fixesApplied++;
                    if (parsed && HasParseErrors(await fixedDocument.GetSyntaxTreeAsync()))
                    {
                        failures.Add($"variant {variant}: a fix broke parsing:\n{(await fixedDocument.GetTextAsync())}");
                    }
                }
            }
            catch (Exception exception)
            {
                failures.Add($"variant {variant}: a code fix threw {exception}");
            }
        }

        Assert.Empty(failures);
        Assert.True(variant > 0);

        // Where the source itself has something to fix, the variants must exercise the fixes, or the test proves nothing about them.
        var (original, _) = await runner.RunAsync(text);
        if (original.Any(d => d.Properties.ContainsKey("ReplaceableByEnvironmentVariable")))
        {
            Assert.True(fixesApplied > 0, "no code fix was applied to any variant");
        }
    }

    private static bool HasParseErrors(SyntaxTree? tree) => tree is null || tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error);

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) && value > 0 ? value : fallback;
}
