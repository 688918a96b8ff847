using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RamSecurity.Analyzers.Benchmarks;

/// <summary>The compilations measured and the analyzer sets run over them.</summary>
internal static class Workload
{
    public const int FileCount = 2000;
    public const int Seed = 1123;

    public static CSharpCompilation Create(bool useSdk, int fileCount) =>
        Create(new CorpusGenerator(Seed).Generate(fileCount, useSdk), useSdk);

    /// <summary>Every .cs file below a folder (bin/ and obj/ left out), in path order; <paramref name="half"/>: every other one.</summary>
    public static IReadOnlyList<(string Path, string Text)> ReadCorpus(string directory, bool half) =>
        Directory.GetFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(directory, path))
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .Where((_, index) => !half || index % 2 == 0)
            .Select(path => (path.Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllText(Path.Combine(directory, path))))
            .ToList();

    /// <summary>One compilation of the files, against the .NET reference set, and the SDK stand-ins when <paramref name="useSdk"/>.</summary>
    public static CSharpCompilation Create(IReadOnlyList<(string Path, string Text)> files, bool useSdk)
    {
        var trees = files.Select(file => CSharpSyntaxTree.ParseText(file.Text, new CSharpParseOptions(LanguageVersion.Latest), path: file.Path));
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
        if (useSdk)
        {
            references.AddRange(SdkStubs());
        }

        // Sonar's rules are not all enabled by default: turn on the two measured here. One thread: on two cores a
        // parallel compile competes with the analyzer callbacks and inflates the time measured inside them.
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false)
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["S6418"] = ReportDiagnostic.Warn, ["S2068"] = ReportDiagnostic.Warn });
        return CSharpCompilation.Create("Corpus", trees, references, options);
    }

    /// <summary>The SDK stand-ins, one assembly per SDK package, as the build copied them beside this program.</summary>
    public static IEnumerable<MetadataReference> SdkStubs() =>
        Directory.GetDirectories(Path.Combine(RepositoryRoot(), "tests", "AlibabaCloud.SdkStubs"))
            .Select(folder => Path.GetFileName(folder))
            .Where(name => File.Exists(Path.Combine(AppContext.BaseDirectory, name + ".dll")))
            .Order(StringComparer.Ordinal)
            .Select(name => (MetadataReference)MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, name + ".dll")));

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RamSecurity.Analyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("RamSecurity.Analyzers.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Every analyzer the package ships.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Ours() => typeof(Credentials.HardcodedCredentialAnalyzer).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
        .ToImmutableArray();

    public static ImmutableArray<DiagnosticAnalyzer> Floor() => ImmutableArray.Create<DiagnosticAnalyzer>(new FloorAnalyzer());

    /// <summary>SonarAnalyzer.CSharp's analyzers for S6418 (hard-coded secrets) and S2068 (hard-coded passwords), from the NuGet package.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Sonar()
    {
        var directory = typeof(Workload).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SonarAnalyzerDirectory").Value!;
        var path = Directory.GetFiles(directory, "SonarAnalyzer.CSharp.dll", SearchOption.AllDirectories).First();
        var reference = new AnalyzerFileReference(path, new FolderAssemblyLoader());
        return reference.GetAnalyzers(LanguageNames.CSharp)
            .Where(analyzer => analyzer.SupportedDiagnostics.Any(d => d.Id is "S6418" or "S2068"))
            .ToImmutableArray();
    }

    public static async Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, bool logTime = false)
    {
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: logTime);
        return await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
    }

    /// <summary>Loads an analyzer and its dependencies from the analyzer's own folder, as a compiler host does.</summary>
    private sealed class FolderAssemblyLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath)
        {
            var directory = Path.GetDirectoryName(fullPath)!;
            System.Runtime.Loader.AssemblyLoadContext.Default.Resolving += (context, name) =>
            {
                var candidate = Path.Combine(directory, name.Name + ".dll");
                return File.Exists(candidate) ? context.LoadFromAssemblyPath(candidate) : null;
            };
            return System.Runtime.Loader.AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
        }
    }
}
