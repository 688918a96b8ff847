using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;
using Xunit;

namespace RamSecurity.Analyzers.Tests.Verifiers;

/// <summary>
/// The package packed once, as build.sh packs it, into a folder of its own (version 0.0.0-test), shared by the tests
/// that look at the package or consume it as a user would.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    public const string Version = "0.0.0-test";

    public PackedPackage()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("ramsecurity-pack-").FullName;
        var project = RepositoryFiles.PathOf("src", "RamSecurity.Analyzers.Package", "RamSecurity.Analyzers.Package.csproj");
        var (exitCode, output) = DotnetCli.Run($"pack \"{project}\" -c Release -o \"{Directory}\" -p:Version={Version}");
        Assert.True(exitCode == 0, output);

        Path = System.IO.Directory.GetFiles(Directory, "*.nupkg").Single();
        using var archive = ZipFile.OpenRead(Path);
        Entries = archive.Entries.Select(e => e.FullName).ToList();
        using var nuspec = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        Nuspec = XDocument.Load(nuspec);
    }

    /// <summary>The folder that holds the nupkg: a package source for a consuming project.</summary>
    public string Directory { get; }

    public string Path { get; }

    public IReadOnlyList<string> Entries { get; }

    public XDocument Nuspec { get; }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}

/// <summary>The tests that share one packed package (packing takes several seconds).</summary>
[CollectionDefinition(Name)]
public sealed class PackedPackageCollection : ICollectionFixture<PackedPackage>
{
    public const string Name = "packed package";
}

/// <summary>Runs the dotnet CLI and returns its exit code with everything it printed.</summary>
internal static class DotnetCli
{
    public static (int ExitCode, string Output) Run(string arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? RepositoryFiles.Root,
        };

        IsolateFromTestHost(start);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }

    /// <summary>The test host's MSBuild settings (MSBuildLocator sets them in this process) must not leak into a child build or server.</summary>
    public static void IsolateFromTestHost(ProcessStartInfo start)
    {
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildSDKsPath" })
        {
            start.Environment.Remove(name);
        }
    }
}
