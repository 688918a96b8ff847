using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using RamSecurity.Analyzers.Benchmarks;

// One command, two measurements on the same generated compilation:
//   1. analyzer execution time (compiler telemetry) against compile time, the floor and Sonar: the ratios of docs/performance.md;
//   2. BenchmarkDotNet wall-clock times of compile alone and compile with each analyzer set.
// Options: --report-only (skip 2), --files N (default 2000), --runs N (default 5); --filter goes to BenchmarkDotNet.
var reportOnly = args.Contains("--report-only");
var fileCount = Option("--files", Workload.FileCount);
var runs = Option("--runs", 5);

Console.WriteLine($"Analyzer execution time, median of {runs} runs, {fileCount} generated files ...");
var table = await PerformanceReport.RunAsync(runs, fileCount);
var output = Path.Combine("artifacts", "benchmarks");
Directory.CreateDirectory(output);
var report = table;
await File.WriteAllTextAsync(Path.Combine(output, "analyzer-cost.md"), report);
Console.WriteLine();
Console.WriteLine(report);

if (!reportOnly)
{
    Environment.SetEnvironmentVariable("RAMSECURITY_BENCH_FILES", fileCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
    var job = Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5).WithInvocationCount(1).WithUnrollFactor(1);
    var config = DefaultConfig.Instance.AddJob(job).WithArtifactsPath(Path.Combine(output, "BenchmarkDotNet"));
    BenchmarkRunner.Run<AnalyzerBenchmarks>(config, args.Where(a => a.StartsWith("--filter", StringComparison.Ordinal) || a.StartsWith('*')).ToArray());
}

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) ? value : fallback;
}
