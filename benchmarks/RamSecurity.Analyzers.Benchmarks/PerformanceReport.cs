using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RamSecurity.Analyzers.Benchmarks;

/// <summary>
/// Side by side on one compilation, median of several runs, each on a fresh clone:
/// - compile: binding and compiler diagnostics alone;
/// - per analyzer set, its cost two ways: the time spent inside its callbacks as the compiler measures it
///   (logAnalyzerExecutionTime), and the wall-clock time the whole analysis takes beyond the same analysis with an
///   analyzer that asks for nothing (the driver alone), which also counts
///   the binding the driver does for the set's operation actions (the floor's included) and the binding an analyzer
///   asks for itself.
/// Every run checks the diagnostics, so a broken analyzer cannot look fast.
/// </summary>
internal static class PerformanceReport
{
    private const string Header =
        "| compilation | compile (ms) | set | in callbacks (ms) | wall clock beyond the empty analyzer (ms) | share of compile (wall) |\n" +
        "|---|---|---|---|---|---|\n";

    public static async Task<(string Table, string Ratios)> RunAsync(int runs, int fileCount)
    {
        var table = new StringBuilder(Header);
        var ratios = new StringBuilder("| compilation | RamSecurity / floor (callbacks) | RamSecurity / floor (wall) | RamSecurity / Sonar (callbacks) | RamSecurity / Sonar (wall) |\n|---|---|---|---|---|\n");
        foreach (var useSdk in new[] { true, false })
        {
            var label = $"{fileCount} files, {(useSdk ? "SDK referenced" : "no SDK")}";
            var compilation = Workload.Create(useSdk, fileCount);
            var sets = new (string Name, Func<ImmutableArray<DiagnosticAnalyzer>> Create, int? Expected)[]
            {
                ("empty", Workload.Empty, 0),
                ("RamSecurity", Workload.Ours, CorpusGenerator.ExpectedFindings(fileCount)),
                ("floor", Workload.Floor, 0),
                ("Sonar S6418+S2068", Workload.Sonar, null),
            };

            // One untimed round first: JIT and metadata loading are not what is measured.
            compilation.Clone().GetDiagnostics();
            foreach (var set in sets)
            {
                await MeasureAsync(compilation, set.Create(), set.Expected);
            }

            var compile = Median(runs, () => Time(() => compilation.Clone().GetDiagnostics()));
            var results = new Dictionary<string, (double Callbacks, double Wall)>();
            foreach (var set in sets)
            {
                var samples = new List<(double Callbacks, double Wall)>();
                for (var i = 0; i < runs; i++)
                {
                    samples.Add(await MeasureAsync(compilation, set.Create(), set.Expected));
                }

                var callbacks = samples.Select(s => s.Callbacks).Order().ElementAt(runs / 2);
                var wall = samples.Select(s => s.Wall).Order().ElementAt(runs / 2) - (results.TryGetValue("empty", out var empty) ? empty.Wall : 0);
                results[set.Name] = (callbacks, set.Name == "empty" ? samples.Select(s => s.Wall).Order().ElementAt(runs / 2) : wall);
                if (set.Name == "empty")
                {
                    table.AppendLine(Invariant($"| {label} | {compile:F0} | empty (driver alone) | {callbacks:F0} | {results["empty"].Wall:F0} total | baseline |"));
                    continue;
                }

                table.AppendLine(Invariant($"| {label} | {compile:F0} | {set.Name} | {callbacks:F0} | {wall:F0} | {wall / compile:P1} |"));
            }

            var (ours, floor, sonar) = (results["RamSecurity"], results["floor"], results["Sonar S6418+S2068"]);
            ratios.AppendLine(Invariant(
                $"| {label} | {ours.Callbacks / floor.Callbacks:F2}x | {Ratio(ours.Wall, floor.Wall)} | {ours.Callbacks / sonar.Callbacks:F3} | {Ratio(ours.Wall, sonar.Wall)} |"));
        }

        return (table.ToString(), ratios.ToString());
    }

    /// <summary>A wall-clock cost within measurement noise of zero has no meaningful ratio.</summary>
    private static string Ratio(double ours, double other) => other <= 1 ? "n/a" : Invariant($"{Math.Max(ours, 0) / other:F2}");

    private static async Task<(double Callbacks, double Wall)> MeasureAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, int? expected)
    {
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
        var stopwatch = Stopwatch.StartNew();
        var withAnalyzers = compilation.Clone().WithAnalyzers(analyzers, options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        var wall = stopwatch.Elapsed.TotalMilliseconds;
        Check(diagnostics, analyzers, expected);

        var callbacks = TimeSpan.Zero;
        foreach (var analyzer in analyzers)
        {
            callbacks += (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).ExecutionTime;
        }

        return (callbacks.TotalMilliseconds, wall);
    }

    private static void Check(ImmutableArray<Diagnostic> diagnostics, ImmutableArray<DiagnosticAnalyzer> analyzers, int? expected)
    {
        if (diagnostics.FirstOrDefault(d => d.Id == "AD0001") is { } crash)
        {
            throw new InvalidOperationException("An analyzer threw: " + crash);
        }

        if (expected is { } count && diagnostics.Length != count)
        {
            throw new InvalidOperationException($"Expected {count} diagnostics from {analyzers[0].GetType().Name}, got {diagnostics.Length}.");
        }

        if (expected is null && diagnostics.IsEmpty)
        {
            throw new InvalidOperationException("Sonar reported nothing: its rules did not run.");
        }
    }

    private static double Time(Action action)
    {
        var stopwatch = Stopwatch.StartNew();
        action();
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    private static double Median(int runs, Func<double> measure) => Enumerable.Range(0, runs).Select(_ => measure()).Order().ElementAt(runs / 2);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
