using RamSecurity.Analyzers.Tests.Verifiers;
using Xunit;
using static RamSecurity.Analyzers.Tests.FakeCredentials;

namespace RamSecurity.Analyzers.Tests.Host;

/// <summary>
/// The package's build props as a user gets them: a project consuming the packed nupkg is built with the dotnet CLI,
/// and its configuration files are scanned, or not when the project opts out.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class ConfigurationFilesBuildTests : IDisposable
{
    private readonly PackedPackage _package;
    private readonly string _directory = Directory.CreateTempSubdirectory("ramsecurity-config-").FullName;

    public ConfigurationFilesBuildTests(PackedPackage package) => _package = package;

    [Fact]
    public void ConfigurationFiles_ScannedOnceEach_AndOptOutWorks()
    {
        var project = CreateProject(extraItems: """
            <!-- Listed already: the package must not add it twice. -->
            <AdditionalFiles Include="appsettings.json" />
            <!-- An extension of the list. -->
            <RamSecurityConfigFile Include="deploy/*.conf" />
            """);

        var scanned = Build(project, string.Empty);
        Assert.Equal(
            new[] { ".env(1,29): warning RAM001", "appsettings.json(3,21): warning RAM001", "deploy/job.conf(1,19): warning RAM002" },
            scanned);

        // Opted out, the package adds nothing; the file the project lists itself is still the project's own choice.
        Assert.Equal(new[] { "appsettings.json(3,21): warning RAM001" }, Build(project, "-p:RamSecurityScanConfigFiles=false"));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string CreateProject(string extraItems)
    {
        PackageConsumer.Prepare(_directory, _package);
        var directory = Path.Combine(_directory, "App");
        Directory.CreateDirectory(Path.Combine(directory, "deploy"));
        Directory.CreateDirectory(Path.Combine(directory, "bin", "stale"));
        Directory.CreateDirectory(Path.Combine(directory, "obj"));
        File.WriteAllText(Path.Combine(directory, "Program.cs"), "System.Console.WriteLine(\"hello\");\n");
        File.WriteAllText(Path.Combine(directory, "appsettings.json"), $"{{\n  \"Alibaba\": {{\n    \"AccessKeyId\": \"{AccessKeyId}\"\n  }}\n}}\n");
        File.WriteAllText(Path.Combine(directory, ".env"), $"ALIBABA_CLOUD_ACCESS_KEY_ID={AccessKeyId}\n");
        File.WriteAllText(Path.Combine(directory, "deploy", "job.conf"), $"access_key_secret={AccessKeySecret}\n");

        // Build output and intermediate folders are never scanned.
        File.WriteAllText(Path.Combine(directory, "bin", "stale", "appsettings.json"), $"{{ \"AccessKeyId\": \"{OtherAccessKeyId}\" }}");
        File.WriteAllText(Path.Combine(directory, "obj", "appsettings.json"), $"{{ \"AccessKeyId\": \"{OtherAccessKeyId}\" }}");

        var path = Path.Combine(directory, "App.csproj");
        File.WriteAllText(path, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="RamSecurity.Analyzers" Version="$(RamSecurityAnalyzersVersion)" PrivateAssets="all" />
                {extraItems}
              </ItemGroup>
            </Project>
            """);
        return path;
    }

    /// <summary>The RAM warnings of a build, one line each: "file(line,col): warning RAMxxx", relative to the project, sorted.</summary>
    private string[] Build(string project, string properties)
    {
        var (exitCode, output) = DotnetCli.Run($"build \"{project}\" --no-incremental {properties} -clp:NoSummary", _directory);
        Assert.True(exitCode == 0, output);
        var projectDirectory = Path.GetDirectoryName(project)! + Path.DirectorySeparatorChar;
        return output.Split('\n')
            .Where(line => line.Contains("warning RAM", StringComparison.Ordinal))
            .Select(line => line.Trim().Replace(projectDirectory, string.Empty, StringComparison.Ordinal))
            .Select(line => line.Substring(0, line.IndexOf(':', line.IndexOf("warning RAM", StringComparison.Ordinal))))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
