using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using RamSecurity.Analyzers.Benchmarks;

// Analyzer execution time (compiler telemetry) against compile time, the floor and Sonar, in total and per analyzer:
//   no --corpus: the generated corpus, with and without the SDK stand-ins (the smoke run), then BenchmarkDotNet
//                wall-clock times of compile alone and with each set (skipped with --report-only);
//   --corpus DIR (repeatable): every .cs below DIR in one compilation, with the stand-ins (whole and every other file:
//                the growth check) and without; the package's diagnostics are listed, and compared with --baseline DIR.
// --profile: the package's analyzers alone, --runs times, on fresh trees, with the telemetry per analyzer and the
//            diagnostics checked as below, on the first subject or the first whose name contains --subject TEXT ("no SDK",
//            "half"): for dotnet-trace, and for a quick look.
// Options: --files N (generated files, default 2000), --runs N (default 5), --filter goes to BenchmarkDotNet.
var reportOnly = args.Contains("--report-only");
var fileCount = Option("--files", Workload.FileCount);
var runs = Option("--runs", 5);
var corpora = args.Select((arg, i) => (arg, i)).Where(a => a.arg == "--corpus" && a.i + 1 < args.Length).Select(a => Path.GetFullPath(args[a.i + 1])).ToList();
var baseline = args.SkipWhile(arg => arg != "--baseline").Skip(1).FirstOrDefault();

var tiered = AppContext.GetData("System.Runtime.TieredCompilation") is not (false or "false")
    && Environment.GetEnvironmentVariable("DOTNET_TieredCompilation") != "0";
var machine = $"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}, Roslyn {typeof(Microsoft.CodeAnalysis.Compilation).Assembly.GetName().Version}";
Console.WriteLine($"{machine}; tiered compilation {(tiered ? "ON: figures are not steady state" : "off (steady state)")}; median of {runs} runs");

var output = Path.Combine("artifacts", "benchmarks");
Directory.CreateDirectory(output);
var report = new System.Text.StringBuilder($"Machine: {machine}. Tiered compilation {(tiered ? "on" : "off")}. Median of {runs} runs.\n\n").Append(PerformanceReport.Header);
var rows = new List<Row>();
if (args.Contains("--profile"))
{
    // For a profiler (dotnet-trace collect -- ... --profile): the package's analyzers alone, again and again, on the first subject.
    // Fresh trees each run, as in the measured runs (the fact sheets are kept per tree); the compiler's telemetry per analyzer.
    var subject = Subjects().First(s => args.SkipWhile(arg => arg != "--subject").Skip(1).FirstOrDefault() is not { } name || s.Name.Contains(name, StringComparison.Ordinal));
    for (var i = 0; i < runs; i++)
    {
        var (pause, gen2) = (GC.GetTotalPauseDuration(), GC.CollectionCount(2));
        var (total, perAnalyzer, diagnostics) = await PerformanceReport.RunSetAsync(subject.Compilation, Workload.Ours());
        PerformanceReport.CheckOurs(subject, diagnostics, baseline);
        Console.Write(string.Create(CultureInfo.InvariantCulture, $"[GC pauses {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms, {GC.CollectionCount(2) - gen2} gen2] "));
        var top = string.Join(", ", perAnalyzer.OrderByDescending(a => a.Ms).Take(5).Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.Analyzer.Replace("Analyzer", string.Empty, StringComparison.Ordinal)} {a.Ms:F1}")));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{subject.Name}: {diagnostics.Length} diagnostics ({PerformanceReport.CountsById(diagnostics)}), {total:F1} ms: {top}"));
    }

    return;
}

foreach (var subject in Subjects())
{
    var row = await PerformanceReport.MeasureAsync(subject, runs, baseline);
    rows.Add(row);
    var line = PerformanceReport.Format(row);
    Console.WriteLine(line);
    report.AppendLine(line);
}

// Growth: every other file against the whole tree, for the package and for the floor.
foreach (var (whole, half) in rows.Zip(rows.Skip(1)).Where(pair => pair.Second.Subject.Name == pair.First.Subject.Name + ", half"))
{
    var line = string.Create(CultureInfo.InvariantCulture,
        $"\nGrowth, {whole.Subject.Name}: {(double)whole.Subject.Files / half.Subject.Files:F2}x the files cost RamSecurity {whole.Ours / half.Ours:F2}x, the floor {whole.Floor / half.Floor:F2}x, compile {whole.Compile / half.Compile:F2}x.");
    Console.WriteLine(line);
    report.AppendLine(line);
}

await File.WriteAllTextAsync(Path.Combine(output, "analyzer-cost.md"), report.ToString());
Console.WriteLine();
Console.WriteLine(report);

if (!reportOnly && corpora.Count == 0)
{
    Environment.SetEnvironmentVariable("RAMSECURITY_BENCH_FILES", fileCount.ToString(CultureInfo.InvariantCulture));
    var job = Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5).WithInvocationCount(1).WithUnrollFactor(1);
    var config = DefaultConfig.Instance.AddJob(job).WithArtifactsPath(Path.Combine(output, "BenchmarkDotNet"));
    BenchmarkRunner.Run<AnalyzerBenchmarks>(config, args.Where(a => a.StartsWith("--filter", StringComparison.Ordinal) || a.StartsWith('*')).ToArray());
}

IEnumerable<Subject> Subjects()
{
    if (corpora.Count == 0)
    {
        foreach (var useSdk in new[] { true, false })
        {
            yield return new Subject($"{fileCount} generated files, {(useSdk ? "SDK referenced" : "no SDK")}", fileCount, Workload.Create(useSdk, fileCount), CorpusGenerator.ExpectedFindings(fileCount, useSdk), null);
        }

        yield break;
    }

    foreach (var directory in corpora)
    {
        var name = Path.GetFileName(directory.TrimEnd(Path.DirectorySeparatorChar));
        foreach (var (useSdk, half) in new[] { (true, false), (true, true), (false, false) })
        {
            var files = Workload.ReadCorpus(directory, half);
            var label = $"{name}, {(useSdk ? "SDK referenced" : "no SDK")}";
            yield return new Subject(half ? label + ", half" : label, files.Count, Workload.Create(files, useSdk), null, $"{name}-{(useSdk ? "sdk" : "nosdk")}{(half ? "-half" : string.Empty)}.txt");
        }
    }
}

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) ? value : fallback;
}
