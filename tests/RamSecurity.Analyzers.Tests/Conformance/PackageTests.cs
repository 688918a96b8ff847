using System.Xml.Linq;
using RamSecurity.Analyzers.Tests.Verifiers;
using Xunit;

namespace RamSecurity.Analyzers.Tests.Conformance;

/// <summary>Packs the package as build.sh does and checks its shape: what a user's PackageReference receives.</summary>
[Collection(PackedPackageCollection.Name)]
public class PackageTests
{
    private readonly PackedPackage _package;

    public PackageTests(PackedPackage package) => _package = package;

    /// <summary>Everything a user's PackageReference receives; a file added to the package is added here on purpose.</summary>
    [Fact]
    public void ExactFileList() => Assert.Equal(
        new[]
        {
            "README.md",
            "analyzers/dotnet/cs/RamSecurity.Analyzers.CodeFixes.dll",
            "analyzers/dotnet/cs/RamSecurity.Analyzers.dll",
            "build/RamSecurity.Analyzers.props",
            "build/RamSecurity.Analyzers.targets",
            "buildTransitive/RamSecurity.Analyzers.props",
            "buildTransitive/RamSecurity.Analyzers.targets",
            "configuration/none.globalconfig",
            "configuration/strict.globalconfig",
        },
        _package.Entries.Where(e => !IsPackagingPart(e)).Order(StringComparer.Ordinal));

    /// <summary>The packed README is the one written for the package page, not the repository's.</summary>
    [Fact]
    public void ReadmeIsThePackagePage()
    {
        using var archive = System.IO.Compression.ZipFile.OpenRead(_package.Path);
        using var reader = new StreamReader(archive.GetEntry("README.md")!.Open());
        Assert.Equal(File.ReadAllText(RepositoryFiles.PathOf("src", "RamSecurity.Analyzers.Package", "PACKAGE.md")), reader.ReadToEnd());
    }

    [Fact]
    public void BothAssembliesUnderAnalyzersDotnetCs() => Assert.Equal(
        new[] { "analyzers/dotnet/cs/RamSecurity.Analyzers.CodeFixes.dll", "analyzers/dotnet/cs/RamSecurity.Analyzers.dll" },
        _package.Entries.Where(e => e.EndsWith(".dll", StringComparison.Ordinal)).Order(StringComparer.Ordinal));

    [Fact]
    public void NothingUnderLib() => Assert.DoesNotContain(_package.Entries, e => e.StartsWith("lib/", StringComparison.Ordinal));

    [Fact]
    public void ReadmePacked() => Assert.Contains("README.md", _package.Entries);

    [Fact]
    public void MetadataIsComplete()
    {
        XNamespace ns = _package.Nuspec.Root!.Name.Namespace;
        var metadata = _package.Nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal("RamSecurity.Analyzers", metadata.Element(ns + "id")!.Value);
        Assert.Equal("true", metadata.Element(ns + "developmentDependency")!.Value);
        Assert.Equal("MIT", metadata.Element(ns + "license")!.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(metadata.Element(ns + "description")!.Value));
        Assert.Contains("alibaba-cloud", metadata.Element(ns + "tags")!.Value);
        Assert.NotNull(metadata.Element(ns + "repository"));
        Assert.Null(metadata.Element(ns + "dependencies"));
    }

    [Fact]
    public void ReleaseNotesAreTheNewestChangelogSection()
    {
        XNamespace ns = _package.Nuspec.Root!.Name.Namespace;
        var notes = _package.Nuspec.Root.Element(ns + "metadata")!.Element(ns + "releaseNotes")!.Value.Replace("\r\n", "\n", StringComparison.Ordinal);
        var changelog = File.ReadAllText(RepositoryFiles.PathOf("CHANGELOG.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var sections = changelog.Split("\n## ");
        Assert.True(sections.Length > 1, "CHANGELOG.md has no '## ' section");
        Assert.Equal(sections[1].Trim(), notes.Trim());
    }

    /// <summary>The parts NuGet writes into every nupkg, besides the package's own files.</summary>
    private static bool IsPackagingPart(string entry) =>
        entry.EndsWith(".nuspec", StringComparison.Ordinal)
        || entry.StartsWith("_rels/", StringComparison.Ordinal)
        || entry.StartsWith("package/", StringComparison.Ordinal)
        || entry == "[Content_Types].xml";
}
