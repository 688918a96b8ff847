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
}
