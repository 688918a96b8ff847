using System.Text.RegularExpressions;
using RamSecurity.Analyzers.Tests.Verifiers;
using Xunit;
using static RamSecurity.Analyzers.Tests.FakeCredentials;

namespace RamSecurity.Analyzers.Tests.Host;

/// <summary>
/// The fixes as CI users run them: a project that consumes the packed nupkg goes through one
/// <c>dotnet format analyzers --diagnostics RAM001 ... RAM007 --severity info</c> pass, then <c>dotnet build</c>. Every
/// fixable finding is gone after that one pass, the build has no error, the findings left are exactly the unfixable
/// ones, and the files with nothing to fix are not rewritten.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class DotnetFormatTests : IDisposable
{
    private readonly PackedPackage _package;
    private readonly string _directory = Directory.CreateTempSubdirectory("ramsecurity-format-").FullName;

    public DotnetFormatTests(PackedPackage package) => _package = package;

    [Fact]
    public void OnePass_FixesEveryFixableFinding_AndLeavesOtherFilesUntouched()
    {
        var project = CreateProject();
        var projectDirectory = Path.GetDirectoryName(project)!;
        Assert.Equal(
            new[]
            {
                "Clients.cs: RAM001", "Clients.cs: RAM002", "Clients.cs: RAM004", "Clients.cs: RAM005", "Comments.cs: RAM001", "Comments.cs: RAM003",
                "Sessions.cs: RAM006", "Sessions.cs: RAM007", "Unfixable.cs: RAM001", "appsettings.json: RAM001",
            },
            BuildFindings(project));

        var untouched = new[] { "Clean.cs", "Unfixable.cs" }.ToDictionary(name => name, name => File.ReadAllBytes(Path.Combine(projectDirectory, name)));
        var written = new[] { "Clean.cs", "Unfixable.cs" }.ToDictionary(name => name, name => File.GetLastWriteTimeUtc(Path.Combine(projectDirectory, name)));
        var (exitCode, output) = DotnetCli.Run(
            $"format analyzers \"{project}\" --diagnostics RAM001 RAM002 RAM003 RAM004 RAM005 RAM006 RAM007 --severity info --no-restore -v diag", _directory);
        Assert.True(exitCode == 0, output);

        // Only the attribute argument (a constant is required there) and the configuration file are left. OssClient's
        // long-lived pair is fixed too, its provider class added to Clients.cs: a new file would have been added to
        // App.csproj as a Compile item by dotnet format's MSBuildWorkspace, and the build would fail (NETSDK1022).
        Assert.Equal(new[] { "Unfixable.cs: RAM001", "appsettings.json: RAM001" }, BuildFindings(project));
        Assert.DoesNotContain("<Compile", File.ReadAllText(project), StringComparison.Ordinal);
        foreach (var (name, bytes) in untouched)
        {
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(projectDirectory, name)));
            Assert.Equal(written[name], File.GetLastWriteTimeUtc(Path.Combine(projectDirectory, name)));
        }

        // A file with no finding is not listed. (dotnet format lists every file where it found a diagnostic of a requested
        // id, Unfixable.cs too, even when no fix changes it: that file is left byte for byte as it was, checked above.)
        var listed = output.Split('\n').Where(line => line.Contains("Formatted code file", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(listed, line => line.Contains("Clean.cs'", StringComparison.Ordinal));

        // What the fixes wrote reads like code: no secret left, the helper once per type, OssClient's provider class once.
        var clients = File.ReadAllText(Path.Combine(projectDirectory, "Clients.cs"));
        Assert.Single(Regex.Matches(clients, "class OssCredentialsProvider"));
        Assert.False(File.Exists(Path.Combine(projectDirectory, "OssCredentialsProvider.cs")));
        Assert.DoesNotContain(AccessKeyId, clients, StringComparison.Ordinal);
        Assert.DoesNotContain(AccessKeySecret, clients, StringComparison.Ordinal);
        var comments = File.ReadAllText(Path.Combine(projectDirectory, "Comments.cs"));
        Assert.DoesNotContain(OtherAccessKeyId, comments, StringComparison.Ordinal);
        Assert.DoesNotContain(AccessKeyId, comments, StringComparison.Ordinal);
        Assert.DoesNotContain(SecurityToken, comments, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string CreateProject()
    {
        PackageConsumer.Prepare(_directory, _package);
        var directory = Path.Combine(_directory, "App");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(_directory, ".editorconfig"), "root = true\n[*.cs]\ndotnet_diagnostic.RAM005.severity = warning\n");
        File.WriteAllText(Path.Combine(directory, "appsettings.json"), $"{{\n  \"Alibaba\": {{ \"AccessKeyId\": \"{AccessKeyId}\" }}\n}}\n");
        File.WriteAllText(Path.Combine(directory, "Clean.cs"), "namespace App;\n\npublic static class Clean\n{\n    public static string Greeting => \"hello\";\n}\n");
        File.WriteAllText(Path.Combine(directory, "Clients.cs"), $$"""
            using Aliyun.OSS;

            namespace App;

            public static class Clients
            {
                public static OssClient Storage() => new OssClient("https://oss-cn-hangzhou.aliyuncs.com", "{{AccessKeyId}}", "{{AccessKeySecret}}");

                public static AlibabaCloud.OpenApiClient.Models.Config Api(string rootAccessKeyId, string rootAccessKeySecret) =>
                    new AlibabaCloud.OpenApiClient.Models.Config { AccessKeyId = rootAccessKeyId, AccessKeySecret = rootAccessKeySecret, RegionId = "cn-hangzhou" };
            }

            """);
        File.WriteAllText(Path.Combine(directory, "Comments.cs"), $$"""
            namespace App;

            // The old key {{OtherAccessKeyId}} was rotated.
            public static class Comments
            {
                /* token {{SecurityToken}} expired */
                public static int Answer => 42;

                // A fixable literal of the same rule in the same file: one pass must fix it and redact the comments.
                public static string Current { get; } = "{{AccessKeyId}}";
            }

            """);
        File.WriteAllText(Path.Combine(directory, "Sessions.cs"), """
            using Aliyun.Acs.Core;
            using Aliyun.Acs.Sts.Model.V20150401;

            namespace App;

            public static class Sessions
            {
                public static AssumeRoleResponse Start(IAcsClient client) => client.GetAcsResponse(new AssumeRoleRequest { RoleArn = "acs:ram::123456789012****:role/reader" });

                public static AssumeRoleResponse Long(IAcsClient client) => client.GetAcsResponse(new AssumeRoleRequest { RoleArn = "acs:ram::123456789012****:role/reader", DurationSeconds = 43200 });
            }

            """);
        File.WriteAllText(Path.Combine(directory, "Unfixable.cs"), $$"""
            namespace App;

            public static class Unfixable
            {
                private const string KeyId = "{{OtherAccessKeyId}}";

                [System.Obsolete(KeyId)]
                public static void Old() { }
            }

            """);

        var stubs = RepositoryFiles.PathOf("tests", "AlibabaCloud.SdkStubs", "AlibabaCloud.SdkStubs.csproj");
        var path = Path.Combine(directory, "App.csproj");
        File.WriteAllText(path, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="RamSecurity.Analyzers" Version="$(RamSecurityAnalyzersVersion)" PrivateAssets="all" />
                <ProjectReference Include="{stubs}" />
              </ItemGroup>
            </Project>
            """);
        var (exitCode, output) = DotnetCli.Run($"restore \"{path}\"", _directory);
        Assert.True(exitCode == 0, output);
        return path;
    }

    /// <summary>The RAM findings of a build, "file: id", sorted; the build must have no error.</summary>
    private string[] BuildFindings(string project)
    {
        var (exitCode, output) = DotnetCli.Run($"build \"{project}\" --no-restore --no-incremental -clp:NoSummary", _directory);
        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain(": error ", output, StringComparison.Ordinal);
        return output.Split('\n')
            .Where(line => line.Contains("warning RAM", StringComparison.Ordinal))
            .Select(line => line.Trim())
            .Select(line => Path.GetFileName(line.Substring(0, line.IndexOf('(', StringComparison.Ordinal))) + ": " + line.Substring(line.IndexOf("warning RAM", StringComparison.Ordinal) + 8, 6))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
