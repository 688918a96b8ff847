using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RamSecurity.Analyzers.Tests.Verifiers;

/// <summary>Runs every analyzer of the package over source text, as a build does, and collects what they throw.</summary>
internal sealed class AnalyzerRunner
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(global::RamSecurity.Analyzers.Credentials.HardcodedCredentialAnalyzer).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
        .ToImmutableArray();

    private readonly ImmutableArray<MetadataReference> _references;
    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;

    private AnalyzerRunner(ImmutableArray<MetadataReference> references, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        _references = references;
        _analyzers = analyzers;
    }

    /// <summary>A runner for the package's analyzers, or for the given ones.</summary>
    public static async Task<AnalyzerRunner> CreateAsync(params DiagnosticAnalyzer[] analyzers)
    {
        var references = await TestEnvironment.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        return new AnalyzerRunner(references.AddRange(TestEnvironment.SdkStubs), analyzers.Length == 0 ? Analyzers : analyzers.ToImmutableArray());
    }

    public static int AnalyzerCount => Analyzers.Length;

    public ImmutableArray<MetadataReference> References => _references;

    /// <summary>The analyzer diagnostics, and every exception an analyzer threw (AD0001 included).</summary>
    public async Task<(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<string> Failures)> RunAsync(params string[] sources)
    {
        var trees = sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview), path: $"/0/Test{i}.cs"));
        var compilation = CSharpCompilation.Create(
            "Fuzz",
            trees,
            _references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        return await RunAsync(compilation);
    }

    /// <summary>The analyzer diagnostics of a compilation, in a stable order, and every exception an analyzer threw.</summary>
    public async Task<(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<string> Failures)> RunAsync(Compilation compilation)
    {
        var failures = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, _) => { lock (failures) { failures.Add($"{analyzer.GetType().Name}: {exception}"); } },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = (await compilation.WithAnalyzers(_analyzers, options).GetAnalyzerDiagnosticsAsync())
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        failures.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString()));
        return (diagnostics, failures);
    }
}
