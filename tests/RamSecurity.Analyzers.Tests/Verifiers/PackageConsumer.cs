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

    /// <summary>A copy of samples/ in <paramref name="directory"/>, returning its project file, with its own packages folder and a package source holding only the packed nupkg and the public feed.</summary>
    public static string CopySample(string directory, PackedPackage package)
    {
        var sample = RepositoryFiles.PathOf("samples", "RamSecurity.Sample");
        var target = Path.Combine(directory, "RamSecurity.Sample");
        foreach (var file in Directory.EnumerateFiles(sample, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(sample, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj")
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
            File.Copy(file, Path.Combine(target, relative));
        }

        // The samples' own .editorconfig (it raises RAM005 to a warning) applies to the copy too.
        File.Copy(RepositoryFiles.PathOf("samples", ".editorconfig"), Path.Combine(directory, ".editorconfig"));

        var projectPath = Path.Combine(target, "RamSecurity.Sample.csproj");
        var stubs = RepositoryFiles.PathOf("tests", "AlibabaCloud.SdkStubs", "AlibabaCloud.SdkStubs.csproj");
        File.WriteAllText(projectPath, File.ReadAllText(projectPath).Replace(@"..\..\tests\AlibabaCloud.SdkStubs\AlibabaCloud.SdkStubs.csproj", stubs, StringComparison.Ordinal));

        Prepare(directory, package);
        return projectPath;
    }
}
