using System.Xml.Linq;

namespace RamSecurity.Analyzers.Tests.Verifiers;

/// <summary>
/// A folder where projects consume the packed package as a user's would: a nuget.config with the public feed and the
/// pack folder, and a Directory.Build.props that pins the test version and gives the folder its own packages folder.
/// </summary>
internal static class PackageConsumer
{
    public static void Prepare(string directory, PackedPackage package)
    {
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), $"""
            <Project>
              <PropertyGroup>
                <RamSecurityAnalyzersVersion>{PackedPackage.Version}</RamSecurityAnalyzersVersion>
                <RestorePackagesPath>$(MSBuildThisFileDirectory).packages/</RestorePackagesPath>
              </PropertyGroup>
            </Project>
            """);

        var config = XDocument.Load(RepositoryFiles.PathOf("nuget.config"));
        foreach (var source in config.Descendants("add").Where(a => a.Attribute("key")?.Value == "local"))
        {
            source.SetAttributeValue("value", package.Directory);
        }

        config.Save(Path.Combine(directory, "nuget.config"));
    }
}
