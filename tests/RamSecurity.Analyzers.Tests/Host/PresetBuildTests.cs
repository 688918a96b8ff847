using System.Text.RegularExpressions;
using RamSecurity.Analyzers.Tests.Verifiers;
using Xunit;
using static RamSecurity.Analyzers.Tests.FakeCredentials;

namespace RamSecurity.Analyzers.Tests.Host;

/// <summary>
/// The severity presets as a user gets them: a project consuming the packed nupkg, with a key in Program.cs and one in
/// appsettings.json, is built with the dotnet CLI under each RamSecurityPreset. The preset the project file sets is seen
/// (strict), the command line overrides it (default, none), and the project's own settings win over the preset.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class PresetBuildTests : IDisposable
{
    private static readonly Regex RamLine = new(@"^(?<file>\S+)\((?<position>\d+,\d+)\): (?<severity>warning|error) (?<id>RAM\d{3}):", RegexOptions.CultureInvariant);
    private readonly PackedPackage _package;
    private readonly string _directory = Directory.CreateTempSubdirectory("ramsecurity-preset-").FullName;

    public PresetBuildTests(PackedPackage package) => _package = package;

    [Fact]
    public void Presets_SetTheSeverityOfCodeAndConfigurationFiles_AndTheProjectsOwnSettingsWin()
    {
        var project = CreateProject();

        // strict, as the project file sets it: a key in a configuration file fails the build like one in code.
        var (strictExit, strict) = Build(project, string.Empty);
        Assert.NotEqual(0, strictExit);
        Assert.Equal(new[] { "Program.cs(1,26): error RAM001", "appsettings.json(2,19): error RAM001" }, strict);

        // default: the shipped severities, warnings.
        var (defaultExit, shipped) = Build(project, "--no-restore -p:RamSecurityPreset=default");
        Assert.Equal(0, defaultExit);
        Assert.Equal(new[] { "Program.cs(1,26): warning RAM001", "appsettings.json(2,19): warning RAM001" }, shipped);

        // none: every rule off.
        var (noneExit, none) = Build(project, "--no-restore -p:RamSecurityPreset=none");
        Assert.Equal(0, noneExit);
        Assert.Empty(none);

        // strict again, with the project's own settings: its .globalconfig wins over the preset everywhere, and its
        // .editorconfig wins over both for C# files (an .editorconfig section never reaches a configuration file).
        var directory = Path.GetDirectoryName(project)!;
        File.WriteAllText(Path.Combine(directory, ".globalconfig"), "is_global = true\ndotnet_diagnostic.RAM001.severity = warning\n");
        File.WriteAllText(Path.Combine(directory, ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_diagnostic.RAM001.severity = none\n");
        var (ownExit, own) = Build(project, "--no-restore");
        Assert.Equal(0, ownExit);
        Assert.Equal(new[] { "appsettings.json(2,19): warning RAM001" }, own);

        // none, with the same settings: the project opts in to the rules it wants.
        var (optInExit, optIn) = Build(project, "--no-restore -p:RamSecurityPreset=none");
        Assert.Equal(0, optInExit);
        Assert.Equal(own, optIn);
    }

    [Fact]
    public void MisspeltPreset_FailsTheBuildWithTheValidValues()
    {
        var project = CreateProject();
        var (exitCode, output) = DotnetCli.Run($"build \"{project}\" --no-incremental -p:RamSecurityPreset=strcit -clp:NoSummary", _directory);
        Assert.NotEqual(0, exitCode);
        Assert.Contains("RamSecurityPreset is 'strcit'; use default, strict or none.", output);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string CreateProject()
    {
        PackageConsumer.Prepare(_directory, _package);
        var directory = Directory.CreateDirectory(Path.Combine(_directory, "App")).FullName;
        File.WriteAllText(Path.Combine(directory, "Program.cs"), $"System.Console.WriteLine(\"{AccessKeyId}\");\n");
        File.WriteAllText(Path.Combine(directory, "appsettings.json"), $"{{\n  \"AccessKeyId\": \"{OtherAccessKeyId}\"\n}}\n");
        var path = Path.Combine(directory, "App.csproj");
        File.WriteAllText(path, """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <RamSecurityPreset>strict</RamSecurityPreset>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="RamSecurity.Analyzers" Version="$(RamSecurityAnalyzersVersion)" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        return path;
    }

    /// <summary>The exit code and the RAM findings of a build, one line each: "file(line,col): severity RAMxxx", relative to the project, sorted.</summary>
    private (int ExitCode, string[] Findings) Build(string project, string arguments)
    {
        var (exitCode, output) = DotnetCli.Run($"build \"{project}\" --no-incremental {arguments} -clp:NoSummary", _directory);
        var projectDirectory = Path.GetDirectoryName(project)! + Path.DirectorySeparatorChar;
        var findings = output.Split('\n')
            .Select(line => RamLine.Match(line.Trim().Replace(projectDirectory, string.Empty, StringComparison.Ordinal)))
            .Where(match => match.Success)
            .Select(match => $"{match.Groups["file"].Value}({match.Groups["position"].Value}): {match.Groups["severity"].Value} {match.Groups["id"].Value}")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.True(exitCode == 0 || findings.Any(f => f.Contains(": error RAM", StringComparison.Ordinal)), output);
        return (exitCode, findings);
    }
}
