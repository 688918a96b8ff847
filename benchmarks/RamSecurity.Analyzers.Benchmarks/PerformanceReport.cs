using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RamSecurity.Analyzers.Benchmarks;

/// <summary>
/// Side by side on one compilation, median of several runs, each on a fresh clone: compile time (binding and
/// compiler diagnostics), and per analyzer set the time spent inside its callbacks as the compiler measures it
/// (logAnalyzerExecutionTime, as /reportanalyzer does). Every run checks the diagnostics, so a broken analyzer
/// cannot look fast. Wall-clock differences are left to the BenchmarkDotNet part: on two cores they are within noise.
/// </summary>
internal static class PerformanceReport
{
    public static async Task<string> RunAsync(int runs, int fileCount)
    {
        var table = new StringBuilder(
            "| compilation | compile (ms) | RamSecurity (ms) | share of compile | floor (ms) | RamSecurity / floor | Sonar S6418+S2068 (ms) | Sonar share of compile | RamSecurity / Sonar |\n" +
            "|---|---|---|---|---|---|---|---|---|\n");
        foreach (var useSdk in new[] { true, false })
        {
            var compilation = Workload.Create(useSdk, fileCount);
            var expected = CorpusGenerator.ExpectedFindings(fileCount, useSdk);

            // One untimed round first: JIT and metadata loading are not what is measured.
            compilation.Clone().GetDiagnostics();
            await MeasureAsync(compilation, Workload.Ours(), expected);
            await MeasureAsync(compilation, Workload.Floor(), 0);
            await MeasureAsync(compilation, Workload.Sonar(), null);

            // The sets take turns, each run after a full collection, so that drift of the machine and garbage left by
            // one run (collected inside whichever callback runs next) fall on every set alike.
            var (compiles, oursRuns, floorRuns, sonarRuns) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
            for (var i = 0; i < runs; i++)
            {
                compiles.Add(AfterCollection(() => Time(() => compilation.Clone().GetDiagnostics())));
                oursRuns.Add(await AfterCollection(() => MeasureAsync(compilation, Workload.Ours(), expected)));
                floorRuns.Add(await AfterCollection(() => MeasureAsync(compilation, Workload.Floor(), 0)));
                sonarRuns.Add(await AfterCollection(() => MeasureAsync(compilation, Workload.Sonar(), null)));
            }

            var (compile, ours, floor, sonar) = (Median(compiles), Median(oursRuns), Median(floorRuns), Median(sonarRuns));
            var row = string.Create(CultureInfo.InvariantCulture,
                $"| {fileCount} files, {(useSdk ? "SDK referenced" : "no SDK")} | {compile:F0} | {ours:F0} | {ours / compile:P2} | {floor:F0} | {ours / floor:F2}x | {sonar:F0} | {sonar / compile:P1} | 1/{sonar / ours:F0} |");
            table.AppendLine(row);
            Console.WriteLine(row);
        }

        return table.ToString();
    }

    private static async Task<double> MeasureAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, int? expected)
    {
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
        var withAnalyzers = compilation.Clone().WithAnalyzers(analyzers, options);
        Check(await withAnalyzers.GetAnalyzerDiagnosticsAsync(), analyzers, expected);

        var total = TimeSpan.Zero;
        foreach (var analyzer in analyzers)
        {
            total += (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).ExecutionTime;
        }

        return total.TotalMilliseconds;
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

    private static T AfterCollection<T>(Func<T> measure)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return measure();
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
