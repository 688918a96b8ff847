using Microsoft.CodeAnalysis.Testing;
using RamSecurity.Analyzers.CodeFixes;
using Xunit;
using static RamSecurity.Analyzers.Tests.FakeCredentials;
using VerifyCS = RamSecurity.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    RamSecurity.Analyzers.Credentials.HardcodedCredentialAnalyzer,
    RamSecurity.Analyzers.CodeFixes.RemoveHardcodedCredentialFix>;

namespace RamSecurity.Analyzers.Tests.Rules;

/// <summary>
/// The fix for RAM001-RAM003. Each test checks the fixed code compiles with no new error or warning (nullable
/// included), the diagnostic is gone, and Fix All in document, project and solution gives the same result.
/// </summary>
public class RemoveHardcodedCredentialFixTests
{
    private const string Helper = """

            private static string GetRequiredEnvironmentVariable(string name) =>
                Environment.GetEnvironmentVariable(name)
                ?? throw new InvalidOperationException($"The {name} environment variable is not set.");
        """;

    [Fact]
    public Task ArgumentLiterals_ReadThroughOneHelper_LongCallWrapped_CommentsKept() => VerifyCS.VerifyCodeFixAsync(
        $$"""
        using Aliyun.OSS;

        class Uploader
        {
            // Builds the client for the report bucket.
            OssClient Create() => new OssClient("https://oss-cn-hangzhou.aliyuncs.com", {|RAM001:"{{AccessKeyId}}"|}, /* secret */ {|RAM002:"{{AccessKeySecret}}"|});
        }
        """,
        $$"""
        using System;
        using Aliyun.OSS;

        class Uploader
        {
            // Builds the client for the report bucket.
            OssClient Create() => new OssClient(
                "https://oss-cn-hangzhou.aliyuncs.com",
                GetRequiredEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID"),
                /* secret */ GetRequiredEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_SECRET"));
        {{Helper}}
        }
        """);

    [Fact]
    public Task ConstFields_BecomeStaticPropertiesThatFailAtTheUse() => VerifyCS.VerifyCodeFixAsync(
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
        $$"""
        using System;
        using AlibabaCloud.OpenApiClient.Models;

        static class Settings
        {
            /// <summary>The key pair.</summary>
            private static string AccessKeyId => GetRequiredEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID"); // from the console
            internal static string AccessKeySecret => GetRequiredEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
            public const string Region = "cn-hangzhou";

            public static Config Create() => new Config { AccessKeyId = AccessKeyId, AccessKeySecret = Settings.AccessKeySecret, RegionId = Region };
        {{Helper}}
        }
        """);

    [Fact]
    public Task StaticReadonlyAndStaticGetter_BecomeGetters_UnlessWrittenElsewhere() => VerifyCS.VerifyCodeFixAsync(
        $$"""
        class Keys
        {
            public static readonly string AccessKeyId = {|RAM001:"{{AccessKeyId}}"|};
            public static string AccessKeySecret { get; } = {|RAM002:"{{AccessKeySecret}}"|};
            public static readonly string BackupAccessKeyId = {|RAM001:"{{OtherAccessKeyId}}"|};

            static Keys() => BackupAccessKeyId = BackupAccessKeyId.Trim();
        }
        """,
        $$"""
        using System;

        class Keys
        {
            public static string AccessKeyId => GetRequiredEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID");
            public static string AccessKeySecret => GetRequiredEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
            public static readonly string BackupAccessKeyId = GetRequiredEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID");

            static Keys() => BackupAccessKeyId = BackupAccessKeyId.Trim();
        {{Helper}}
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
        $$"""
        using System;
        using Aliyun.Credentials.Models;

        class Setup
        {
            Config Build()
            {
                // the token from yesterday's session
                string token = GetRequiredEnvironmentVariable("ALIBABA_CLOUD_SECURITY_TOKEN");
                return new Config { Type = "sts", SecurityToken = token };
            }
        {{Helper}}
        }
        """);

    [Fact]
    public Task NestedType_HelperGoesToTheOutermostType() => VerifyCS.VerifyCodeFixAsync(
        $$"""
        namespace App;

        class Options
        {
            public string AccessKeySecret { get; set; } = {|RAM002:"{{AccessKeySecret}}"|};

            class Inner
            {
                public int Length => {|RAM001:"{{AccessKeyId}}"|}.Length;
            }
        }
        """,
        $$"""
        using System;

        namespace App;

        class Options
        {
            public string AccessKeySecret { get; set; } = GetRequiredEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_SECRET");

            class Inner
            {
                public int Length => GetRequiredEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID").Length;
            }
        {{Helper}}
        }
        """);

    [Fact]
    public Task PartialTypeOrTopLevelCode_InlineRead() => VerifyCS.VerifyCodeFixAsync(
        $$"""
        partial class Options
        {
            public string AccessKeySecret { get; set; } = {|RAM002:"{{AccessKeySecret}}"|};
        }
        """,
        """
        using System;

        partial class Options
        {
            public string AccessKeySecret { get; set; } = Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_SECRET") ?? throw new InvalidOperationException("The ALIBABA_CLOUD_ACCESS_KEY_SECRET environment variable is not set.");
        }
        """);

    [Fact]
    public Task LiteralAndCommentInOneFile_OneFixAllPassFixesBoth()
    {
        var test = new WithCommentAnalyzer
        {
            TestCode = $$"""
                class Settings
                {
                    // old key: {|RAM001:{{OtherAccessKeyId}}|}
                    public string AccessKeyId { get; set; } = {|RAM001:"{{AccessKeyId}}"|};
                }
                """,
            FixedCode = $$"""
                using System;

                class Settings
                {
                    // old key: LTAI****
                    public string AccessKeyId { get; set; } = GetRequiredEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID");
                {{Helper}}
                }
                """,
            CodeActionEquivalenceKey = RemoveHardcodedCredentialFix.EquivalenceKey,
            MarkupOptions = Microsoft.CodeAnalysis.Testing.MarkupOptions.UseFirstDescriptor,
        };
        return test.RunAsync();
    }

    /// <summary>Both analyzers that report RAM001, as a build runs them: the fix must handle their findings in one pass.</summary>
    private sealed class WithCommentAnalyzer : Microsoft.CodeAnalysis.CSharp.Testing.CSharpCodeFixTest<
        RamSecurity.Analyzers.Credentials.HardcodedCredentialAnalyzer, RemoveHardcodedCredentialFix, Microsoft.CodeAnalysis.Testing.DefaultVerifier>
    {
        public WithCommentAnalyzer() => Verifiers.TestEnvironment.Configure(this, referenceSdk: false);

        protected override IEnumerable<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
            new Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer[] { new RamSecurity.Analyzers.Credentials.HardcodedCredentialAnalyzer(), new RamSecurity.Analyzers.Credentials.CommentCredentialAnalyzer() };
    }

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
            FixedCode = $$"""
                using System;
                using Aliyun.Credentials.Models;

                class Setup
                {
                    Config First() => new Config { AccessKeyId = GetRequiredEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID") };
                    Config Second() => new Config { AccessKeyId = GetRequiredEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID") };
                {{Helper}}
                }
                """,
            CodeActionEquivalenceKey = RemoveHardcodedCredentialFix.EquivalenceKey,
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
                class A
                {
                    Config Build() => new Config { AccessKeyId = {|RAM001:"a-id"|} };
                }
                """, """
                using System;
                using Aliyun.Credentials.Models;
                class B
                {
                    Config Build() => new Config { AccessKeyId = {|RAM001:"b-id"|} };
                }
                """ } },
            FixedState = { Sources = { $$"""
                using System;
                using Aliyun.Credentials.Models;
                class A
                {
                    Config Build() => new Config { AccessKeyId = GetRequiredEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID") };
                {{Helper}}
                }
                """, $$"""
                using System;
                using Aliyun.Credentials.Models;
                class B
                {
                    Config Build() => new Config { AccessKeyId = GetRequiredEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID") };
                {{Helper}}
                }
                """ } },
        };
        await test.RunAsync();
    }

    [Fact]
    public void FixProviderIsExportedForCSharpWithFixAll()
    {
        var provider = new RemoveHardcodedCredentialFix();
        Assert.NotNull(provider.GetFixAllProvider());
        Assert.Equal(new[] { "RAM001", "RAM002", "RAM003" }, provider.FixableDiagnosticIds);
        var export = (Microsoft.CodeAnalysis.CodeFixes.ExportCodeFixProviderAttribute)Attribute.GetCustomAttribute(
            typeof(RemoveHardcodedCredentialFix), typeof(Microsoft.CodeAnalysis.CodeFixes.ExportCodeFixProviderAttribute))!;
        Assert.Equal(new[] { Microsoft.CodeAnalysis.LanguageNames.CSharp }, export.Languages);
        Assert.Equal(nameof(RemoveHardcodedCredentialFix), export.Name);
    }
}
