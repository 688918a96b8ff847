using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RamSecurity.Analyzers.Benchmarks;

/// <summary>One compilation measured: a name for the table, its file count, and the diagnostics expected of the package.</summary>
/// <param name="ExpectedCount">The exact count (the generated corpus), or null: then the diagnostics are listed and compared with a baseline.</param>
/// <param name="ListingName">The file name of the diagnostic listing, for real trees.</param>
internal sealed record Subject(string Name, int Files, CSharpCompilation Compilation, int? ExpectedCount, string? ListingName);

/// <summary>The medians of one subject, in milliseconds, and the package's analyzers by their own median.</summary>
internal sealed record Row(Subject Subject, double Compile, double Ours, double Floor, double Sonar, IReadOnlyList<(string Analyzer, double Ms)> TopFive, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>
/// Side by side on one compilation, median of several runs, each on a fresh clone: compile time (binding and
/// compiler diagnostics), and per analyzer set the time spent inside its callbacks as the compiler measures it
/// (logAnalyzerExecutionTime, as /reportanalyzer does), per analyzer too. The sets take turns within each run.
/// Every run checks the diagnostics, so a broken analyzer cannot look fast.
/// </summary>
internal static class PerformanceReport
{
    public const string Header =
        "| compilation | files | compile (ms) | floor (ms) | RamSecurity (ms) | vs floor | share of compile | Sonar S6418+S2068 (ms) | RamSecurity / Sonar | diagnostics | top five analyzers (ms) |\n" +
        "|---|---|---|---|---|---|---|---|---|---|---|\n";

    public static async Task<Row> MeasureAsync(Subject subject, int runs, string? baselineDirectory)
    {
        var compilation = subject.Compilation;

        // One untimed round first: JIT and metadata loading are not what is measured.
        Fresh(compilation).GetDiagnostics();
        var (_, _, diagnostics) = await RunSetAsync(compilation, Workload.Ours());
        CheckOurs(subject, diagnostics, baselineDirectory);
        await RunSetAsync(compilation, Workload.Floor());
        await RunSetAsync(compilation, Workload.Sonar());

        // The sets take turns, each run after a full collection, so that drift of the machine and garbage left by
        // one run (collected inside whichever callback runs next) fall on every set alike.
        var (compiles, oursRuns, floorRuns, sonarRuns) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
        var perAnalyzer = new Dictionary<string, List<double>>();
        for (var i = 0; i < runs; i++)
        {
            var fresh = Fresh(compilation);
            compiles.Add(AfterCollection(() => Time(() => fresh.GetDiagnostics())));

            var ours = await AfterCollection(() => RunSetAsync(compilation, Workload.Ours()));
            if (!SameDiagnostics(ours.Diagnostics, diagnostics))
            {
                throw new InvalidOperationException($"{subject.Name}: the package's diagnostics changed from one run to the next.");
            }

            oursRuns.Add(ours.Total);
            foreach (var (analyzer, ms) in ours.PerAnalyzer)
            {
                (perAnalyzer.TryGetValue(analyzer, out var list) ? list : perAnalyzer[analyzer] = new List<double>()).Add(ms);
            }

            var floor = await AfterCollection(() => RunSetAsync(compilation, Workload.Floor()));
            Check(floor.Diagnostics.IsEmpty, subject, "the floor reported something");
            floorRuns.Add(floor.Total);

            var sonar = await AfterCollection(() => RunSetAsync(compilation, Workload.Sonar()));
            Check(sonar.Total > 0 && (subject.ExpectedCount is null || !sonar.Diagnostics.IsEmpty), subject, "Sonar's rules did not run");
            sonarRuns.Add(sonar.Total);
        }

        var topFive = perAnalyzer.Select(pair => (pair.Key, Median(pair.Value))).OrderByDescending(pair => pair.Item2).Take(5).ToList();
        return new Row(subject, Median(compiles), Median(oursRuns), Median(floorRuns), Median(sonarRuns), topFive, diagnostics);
    }

    public static string Format(Row row)
    {
        var top = string.Join(", ", row.TopFive.Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.Analyzer.Replace("Analyzer", string.Empty, StringComparison.Ordinal)} {a.Ms:F1}")));
        return string.Create(CultureInfo.InvariantCulture,
            $"| {row.Subject.Name} | {row.Subject.Files} | {row.Compile:F0} | {row.Floor:F1} | {row.Ours:F1} | {row.Ours / row.Floor:F2}x | {row.Ours / row.Compile:P2} | {row.Sonar:F0} | 1/{row.Sonar / row.Ours:F0} | {CountsById(row.Diagnostics)} | {top} |");
    }

    /// <summary>"RAM001 3, RAM005 12", or "none".</summary>
    public static string CountsById(ImmutableArray<Diagnostic> diagnostics) => diagnostics.IsEmpty
        ? "none"
        : string.Join(", ", diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));

    public static async Task<(double Total, List<(string Analyzer, double Ms)> PerAnalyzer, ImmutableArray<Diagnostic> Diagnostics)> RunSetAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
        var withAnalyzers = Fresh(compilation).WithAnalyzers(analyzers, options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        if (diagnostics.FirstOrDefault(d => d.Id == "AD0001") is { } crash)
        {
            throw new InvalidOperationException("An analyzer threw: " + crash);
        }

        var perAnalyzer = new List<(string, double)>();
        foreach (var analyzer in analyzers)
        {
            perAnalyzer.Add((analyzer.GetType().Name, (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).ExecutionTime.TotalMilliseconds));
        }

        return (perAnalyzer.Sum(a => a.Item2), perAnalyzer, diagnostics);
    }

    /// <summary>The generated corpus: an exact count. A real tree: the listing, compared with the baseline's when one is given.</summary>
    public static void CheckOurs(Subject subject, ImmutableArray<Diagnostic> diagnostics, string? baselineDirectory)
    {
        if (subject.ExpectedCount is { } count)
        {
            Check(diagnostics.Length == count, subject, $"expected {count} diagnostics from the package, got {diagnostics.Length}");
            return;
        }

        var listing = Listing(diagnostics);
        var directory = Path.Combine("artifacts", "benchmarks", "diagnostics");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, subject.ListingName!), listing);
        if (baselineDirectory is not null)
        {
            var baseline = Path.Combine(baselineDirectory, subject.ListingName!);
            Check(File.Exists(baseline), subject, "no baseline listing " + baseline);
            Check(File.ReadAllText(baseline) == listing, subject, $"the diagnostics differ from {baseline} (now {CountsById(diagnostics)})");
        }
    }

    /// <summary>One line per diagnostic: id, file, line and column, message; sorted, so two runs compare as text.</summary>
    private static string Listing(ImmutableArray<Diagnostic> diagnostics) => string.Join("\n", diagnostics
        .Select(d => $"{d.Id} {d.Location.GetLineSpan().Path}{d.Location.GetLineSpan().StartLinePosition} {d.GetMessage(CultureInfo.InvariantCulture)}")
        .Order(StringComparer.Ordinal)) + "\n";

    private static bool SameDiagnostics(ImmutableArray<Diagnostic> a, ImmutableArray<Diagnostic> b) => Listing(a) == Listing(b);

    private static void Check(bool condition, Subject subject, string problem)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"{subject.Name}: {problem}.");
        }
    }

    /// <summary>
    /// The compilation a build would have: the same text, parsed anew, so that no run finds what an earlier one left
    /// on a tree (the package keeps its fact sheets per tree, which an editor's unchanged files rightly reuse).
    /// </summary>
    private static Compilation Fresh(Compilation compilation) => compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(
        compilation.SyntaxTrees.Select(tree => CSharpSyntaxTree.ParseText(tree.GetText(), (CSharpParseOptions)tree.Options, tree.FilePath)));

    private static double Time(Action action)
    {
        var stopwatch = Stopwatch.StartNew();
        action();
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    private static T AfterCollection<T>(Func<T> measure)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return measure();
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
