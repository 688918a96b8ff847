using RamSecurity.Analyzers.Tests.Verifiers;
using Xunit;

namespace RamSecurity.Analyzers.Tests.Conformance;

/// <summary>
/// An analyzer runs on half-typed code on every keystroke and must never throw (AD0001 disables all its rules).
/// These tests run every analyzer over every prefix of real sources. Set RAMSECURITY_PREFIX_STEP to 1 for every
/// character everywhere (the default samples every character of the sample and every third of the others).
/// </summary>
public class RobustnessTests
{
    public static TheoryData<string> SampleFiles() => new(SampleFilePaths());

    internal static IEnumerable<string> SampleFilePaths() =>
        Directory.GetFiles(RepositoryFiles.PathOf("samples", "RamSecurity.Sample"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Select(path => Path.GetRelativePath(RepositoryFiles.Root, path))
            .Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public Task EveryPrefixOfSampleFile_NoAnalyzerException(string relativePath) =>
        AssertNoExceptionOnPrefixesAsync(File.ReadAllText(Path.Combine(RepositoryFiles.Root, relativePath)), step: 1);

    [Fact]
    public Task EveryPrefixOfSdkHeavySource_NoAnalyzerException() => AssertNoExceptionOnPrefixesAsync(SdkHeavySource, step: 3);

    [Fact]
    public Task EveryPrefixOfFormatHeavySource_NoAnalyzerException() => AssertNoExceptionOnPrefixesAsync(FormatHeavySource, step: 3);

    [Fact]
    public void RunnerFindsTheAnalyzers() => Assert.True(AnalyzerRunner.AnalyzerCount >= 1);

    [Fact]
    public async Task RunnerReportsAnAnalyzerThatThrows()
    {
        var runner = await AnalyzerRunner.CreateAsync(new ThrowingAnalyzer());
        var (_, failures) = await runner.RunAsync("class C { string s = \"x\"; }");
        Assert.NotEmpty(failures);
    }

    // Not exported: a test double handed straight to the runner.
#pragma warning disable RS1001 // no DiagnosticAnalyzer attribute, so no host ever loads it
    private sealed class ThrowingAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer
    {
        public override System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.DiagnosticDescriptor> SupportedDiagnostics =>
            System.Collections.Immutable.ImmutableArray.Create(Descriptors.HardcodedAccessKeyId);

        public override void Initialize(Microsoft.CodeAnalysis.Diagnostics.AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(Microsoft.CodeAnalysis.Diagnostics.GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSyntaxNodeAction(_ => throw new InvalidOperationException("boom"), Microsoft.CodeAnalysis.CSharp.SyntaxKind.StringLiteralExpression);
        }
    }
#pragma warning restore RS1001

    [Fact]
    public async Task WholeSample_ReportsDiagnosticsAndNoException()
    {
        var runner = await AnalyzerRunner.CreateAsync();
        var sources = SampleFilePaths().Select(path => File.ReadAllText(Path.Combine(RepositoryFiles.Root, path))).ToArray();
        var (diagnostics, failures) = await runner.RunAsync(sources);
        Assert.Empty(failures);
        Assert.Contains(diagnostics, d => d.Id == RuleIds.HardcodedAccessKeyId);
        Assert.Contains(diagnostics, d => d.Id == RuleIds.HardcodedAccessKeySecret);
        Assert.Contains(diagnostics, d => d.Id == RuleIds.HardcodedSecurityToken);
    }

    private static async Task AssertNoExceptionOnPrefixesAsync(string source, int step)
    {
        if (int.TryParse(Environment.GetEnvironmentVariable("RAMSECURITY_PREFIX_STEP"), out var configured) && configured > 0)
        {
            step = configured;
        }

        var runner = await AnalyzerRunner.CreateAsync();
        var failures = new List<string>();
        for (var length = 0; length <= source.Length; length += step)
        {
            var (_, prefixFailures) = await runner.RunAsync(source.Substring(0, length));
            failures.AddRange(prefixFailures.Select(failure => $"prefix {length}: {failure}"));
        }

        var (_, wholeFailures) = await runner.RunAsync(source);
        failures.AddRange(wholeFailures);
        Assert.Empty(failures);
    }

    internal const string SdkHeavySource = $$""""
        #pragma warning disable CS0612, CS0618
        using System;
        using System.Text;
        using Aliyun.OSS;
        using Aliyun.Acs.Core.Auth;
        using Aliyun.Acs.Core.Profile;
        using AlibabaCloud.OpenApiClient.Models;
        using Cred = Aliyun.Credentials.Models;

        namespace Fuzz;

        static class Keys
        {
            public const string Id = "{{FakeCredentials.AccessKeyId}}";
            public static readonly string Secret = "{{FakeCredentials.AccessKeySecret}}";
            public static string Token => """{{FakeCredentials.SecurityToken}}""";
        }

        class Clients
        {
            private readonly string _fallback = Environment.GetEnvironmentVariable("X") ?? "fallback";

            OssClient Oss(string endpoint, bool flag) => new(endpoint, flag ? Keys.Id : _fallback, Keys.Secret, Keys.Token);
            DefaultProfile Profile() => DefaultProfile.GetProfile("cn-hangzhou", accessKeyId: Keys.Id, secret: $"{Keys.Id}-x");
            Config Tea() => new Config { AccessKeyId = Encoding.UTF8.GetString("id"u8), AccessKeySecret = Keys.Secret, SecurityToken = null };
            Cred.Config Credentials(string id = "default-id") => new() { Type = "access_key", AccessKeyId = id };
            object Provider() => new Aliyun.Credentials.Provider.RamRoleArnCredentialProvider.Builder().AccessKeyId(Keys.Id).AccessKeySecret(Keys.Secret).Build();
            AlibabaCloudCredentialsProvider Sts() => new StsCredentialProvider(Keys.Id, Keys.Secret, Keys.Token);
            void Assign(Credential credential) { credential.AccessKeyId = "id"; credential.AccessSecret = Keys.Secret; }
        }
        """";

    internal const string FormatHeavySource = $$""""
        using System.Collections.Generic;

        class Settings
        {
            public string Connection = "Endpoint=oss;AccessKeyId={{FakeCredentials.AccessKeyId}};AccessKeySecret={{FakeCredentials.AccessKeySecret}}";
            public Dictionary<string, string> Values = new() { ["Aliyun:AccessKeySecret"] = "{{FakeCredentials.AccessKeySecret}}", { "AccessSecret", "{{FakeCredentials.AccessKeySecret}}" } };
            public string[] Pair = { "{{FakeCredentials.AccessKeyId}}", "{{FakeCredentials.AccessKeySecret}}" };
            public string Interpolated(int n) => $"{n} key={{FakeCredentials.AccessKeyId}} {n:D2}";
            public string Raw = """
                token: {{FakeCredentials.SecurityToken}}
                """;
            public System.ReadOnlySpan<byte> Bytes => "{{FakeCredentials.AccessKeyId}}"u8;
            public object Anonymous => new { AccessKeySecret = "{{FakeCredentials.AccessKeySecret}}" };
            public bool Known(string id) => id switch { "{{FakeCredentials.AccessKeyId}}" => true, _ => false };
        }
        """";
}
