using Microsoft.CodeAnalysis.Testing;
using RamSecurity.Analyzers.CodeFixes;
using Xunit;
using static RamSecurity.Analyzers.Tests.FakeCredentials;
using VerifyCS = RamSecurity.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    RamSecurity.Analyzers.Rules.HardcodedCredentialAnalyzer,
    RamSecurity.Analyzers.CodeFixes.ReadCredentialFromEnvironmentFix>;

namespace RamSecurity.Analyzers.Tests.Rules;

/// <summary>
/// The fix for RAM001-RAM003. Each test checks the fixed code compiles with no new error or warning (nullable
/// included), the diagnostic is gone, and Fix All in document, project and solution gives the same result.
/// </summary>
public class ReadCredentialFromEnvironmentFixTests
{
    [Fact]
    public Task ArgumentLiterals_ReadFromEnvironmentAndAddUsingSystem() => VerifyCS.VerifyCodeFixAsync(
        $$"""
        using Aliyun.OSS;

        class Uploader
        {
            // Builds the client for the report bucket.
            OssClient Create() => new OssClient("https://oss-cn-hangzhou.aliyuncs.com", {|RAM001:"{{AccessKeyId}}"|}, /* secret */ {|RAM002:"{{AccessKeySecret}}"|});
        }
        """,
        """
        using System;
        using Aliyun.OSS;

        class Uploader
        {
            // Builds the client for the report bucket.
            OssClient Create() => new OssClient("https://oss-cn-hangzhou.aliyuncs.com", Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID") ?? throw new InvalidOperationException("Set the ALIBABA_CLOUD_ACCESS_KEY_ID environment variable."), /* secret */ Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_SECRET") ?? throw new InvalidOperationException("Set the ALIBABA_CLOUD_ACCESS_KEY_SECRET environment variable."));
        }
        """);

    [Fact]
    public Task ConstFields_BecomeStaticReadonly() => VerifyCS.VerifyCodeFixAsync(
        """
        using System;
        using AlibabaCloud.OpenApiClient.Models;

        static class Settings
        {
            /// <summary>The key pair.</summary>
            private const string AccessKeyId = {|RAM001:"<your-access-key-id>"|}; // from the console
            internal const string AccessKeySecret = {|RAM002:"<your-access-key-secret>"|};
            public const string Region = "cn-hangzhou";

            public static Config Create() => new Config { AccessKeyId = AccessKeyId, AccessKeySecret = Settings.AccessKeySecret, RegionId = Region };
        }
        """,
        """
        using System;
        using AlibabaCloud.OpenApiClient.Models;

        static class Settings
        {
            /// <summary>The key pair.</summary>
            private static readonly string AccessKeyId = Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID") ?? throw new InvalidOperationException("Set the ALIBABA_CLOUD_ACCESS_KEY_ID environment variable."); // from the console
            internal static readonly string AccessKeySecret = Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_SECRET") ?? throw new InvalidOperationException("Set the ALIBABA_CLOUD_ACCESS_KEY_SECRET environment variable.");
            public const string Region = "cn-hangzhou";

            public static Config Create() => new Config { AccessKeyId = AccessKeyId, AccessKeySecret = Settings.AccessKeySecret, RegionId = Region };
        }
        """);

    [Fact]
    public Task ConstLocal_BecomesPlainLocal() => VerifyCS.VerifyCodeFixAsync(
        $$"""
        using System;
        using Aliyun.Credentials.Models;

        class Setup
        {
            Config Build()
            {
                // the token from yesterday's session
                const string token = {|RAM003:"{{SecurityToken}}"|};
                return new Config { Type = "sts", SecurityToken = token };
            }
        }
        """,
        """
        using System;
        using Aliyun.Credentials.Models;

        class Setup
        {
            Config Build()
            {
                // the token from yesterday's session
                string token = Environment.GetEnvironmentVariable("ALIBABA_CLOUD_SECURITY_TOKEN") ?? throw new InvalidOperationException("Set the ALIBABA_CLOUD_SECURITY_TOKEN environment variable.");
                return new Config { Type = "sts", SecurityToken = token };
            }
        }
        """);

    [Fact]
    public Task LiteralUnderSecretNameWithoutSdk_Fixed() => VerifyCS.VerifyCodeFixAsync(
        $$"""
        namespace App;

        class Options
        {
            public string AccessKeySecret { get; set; } = {|RAM002:"{{AccessKeySecret}}"|};
            public int Length => {|RAM001:"{{AccessKeyId}}"|}.Length;
        }
        """,
        """
        using System;

        namespace App;

        class Options
        {
            public string AccessKeySecret { get; set; } = Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_SECRET") ?? throw new InvalidOperationException("Set the ALIBABA_CLOUD_ACCESS_KEY_SECRET environment variable.");
            public int Length => (Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID") ?? throw new InvalidOperationException("Set the ALIBABA_CLOUD_ACCESS_KEY_ID environment variable.")).Length;
        }
        """);

    [Fact]
    public Task ConstUsedInAttribute_NoFix()
    {
        var source = $$"""
            using System;
            using Aliyun.OSS;

            class Uploader
            {
                private const string KeyId = {|RAM001:"{{AccessKeyId}}"|};

                [Obsolete(KeyId)]
                OssClient Create(string secret) => new OssClient("https://oss-cn-hangzhou.aliyuncs.com", KeyId, secret);
            }
            """;
        return VerifyCS.VerifyCodeFixAsync(source, source);
    }

    [Fact]
    public Task EmbeddedInConnectionStringOrCaseLabel_NoFix()
    {
        var source = $$"""
            class Settings
            {
                public string Connection = {|RAM001:"Endpoint=oss;AccessKeyId={{AccessKeyId}};"|};

                public static bool IsKnown(string id) => id switch
                {
                    {|RAM001:"{{AccessKeyId}}"|} => true,
                    _ => false,
                };
            }
            """;
        return VerifyCS.VerifyCodeFixAsync(source, source);
    }

    [Fact]
    public async Task ManyInOneDocument_FixAllReplacesEach()
    {
        var test = new VerifyCS.Test
        {
            TestCode = """
                using Aliyun.Credentials.Models;

                class Setup
                {
                    Config First() => new Config { AccessKeyId = {|RAM001:"first-id"|} };
                    Config Second() => new Config { AccessKeyId = {|RAM001:"second-id"|} };
                }
                """,
            FixedCode = """
                using System;
                using Aliyun.Credentials.Models;

                class Setup
                {
                    Config First() => new Config { AccessKeyId = Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID") ?? throw new InvalidOperationException("Set the ALIBABA_CLOUD_ACCESS_KEY_ID environment variable.") };
                    Config Second() => new Config { AccessKeyId = Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID") ?? throw new InvalidOperationException("Set the ALIBABA_CLOUD_ACCESS_KEY_ID environment variable.") };
                }
                """,
            CodeActionEquivalenceKey = ReadCredentialFromEnvironmentFix.EquivalenceKey("ALIBABA_CLOUD_ACCESS_KEY_ID"),
        };
        await test.RunAsync();
    }

    [Fact]
    public async Task FixAllAcrossFiles_FixesEveryDocument()
    {
        var test = new VerifyCS.Test
        {
            TestState = { Sources = { """
                using Aliyun.Credentials.Models;
                class A { Config Build() => new Config { AccessKeyId = {|RAM001:"a-id"|} }; }
                """, """
                using System;
                using Aliyun.Credentials.Models;
                class B { Config Build() => new Config { AccessKeyId = {|RAM001:"b-id"|} }; }
                """ } },
            FixedState = { Sources = { """
                using System;
                using Aliyun.Credentials.Models;
                class A { Config Build() => new Config { AccessKeyId = Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID") ?? throw new InvalidOperationException("Set the ALIBABA_CLOUD_ACCESS_KEY_ID environment variable.") }; }
                """, """
                using System;
                using Aliyun.Credentials.Models;
                class B { Config Build() => new Config { AccessKeyId = Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID") ?? throw new InvalidOperationException("Set the ALIBABA_CLOUD_ACCESS_KEY_ID environment variable.") }; }
                """ } },
        };
        await test.RunAsync();
    }

    [Fact]
    public void FixProviderIsExportedForCSharpWithFixAll()
    {
        var provider = new ReadCredentialFromEnvironmentFix();
        Assert.NotNull(provider.GetFixAllProvider());
        Assert.Equal(new[] { "RAM001", "RAM002", "RAM003" }, provider.FixableDiagnosticIds);
        var export = (Microsoft.CodeAnalysis.CodeFixes.ExportCodeFixProviderAttribute)Attribute.GetCustomAttribute(
            typeof(ReadCredentialFromEnvironmentFix), typeof(Microsoft.CodeAnalysis.CodeFixes.ExportCodeFixProviderAttribute))!;
        Assert.Equal(new[] { Microsoft.CodeAnalysis.LanguageNames.CSharp }, export.Languages);
        Assert.Equal(nameof(ReadCredentialFromEnvironmentFix), export.Name);
    }
}
