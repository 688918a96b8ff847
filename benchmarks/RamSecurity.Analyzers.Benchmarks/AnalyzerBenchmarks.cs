using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RamSecurity.Analyzers.Benchmarks;

/// <summary>
/// Wall-clock time of a whole analysis (binding included) on a fresh clone of the generated compilation: compile
/// alone is the baseline, and each analyzer set's extra time is what a build pays for it.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private ImmutableArray<DiagnosticAnalyzer> _ours;
    private ImmutableArray<DiagnosticAnalyzer> _floor;
    private ImmutableArray<DiagnosticAnalyzer> _sonar;

    [Params(true, false)]
    public bool SdkReferenced { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // RAMSECURITY_BENCH_FILES makes a quick run possible (the benchmark runs in a child process, which inherits it).
        var files = int.TryParse(Environment.GetEnvironmentVariable("RAMSECURITY_BENCH_FILES"), out var count) && count > 0 ? count : Workload.FileCount;
        _compilation = Workload.Create(SdkReferenced, files);
        _ours = Workload.Ours();
        _floor = Workload.Floor();
        _sonar = Workload.Sonar();
    }

    [Benchmark(Baseline = true)]
    public int CompileOnly() => _compilation.Clone().GetDiagnostics().Length;

    [Benchmark]
    public async Task<int> RamSecurity() => (await Workload.RunAsync(_compilation.Clone(), _ours)).Length;

    [Benchmark]
    public async Task<int> Floor() => (await Workload.RunAsync(_compilation.Clone(), _floor)).Length;

    [Benchmark]
    public async Task<int> SonarSecrets() => (await Workload.RunAsync(_compilation.Clone(), _sonar)).Length;
}
