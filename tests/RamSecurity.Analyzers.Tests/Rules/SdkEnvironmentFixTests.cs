using Xunit;
using static RamSecurity.Analyzers.Tests.FakeCredentials;
using VerifyCS = RamSecurity.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    RamSecurity.Analyzers.Credentials.HardcodedCredentialAnalyzer,
    RamSecurity.Analyzers.CodeFixes.RemoveHardcodedCredentialFix>;

namespace RamSecurity.Analyzers.Tests.Rules;

/// <summary>
/// The environment fix reads the variable the diagnostic names: OSS SDK V2's own (OSS_*), a bearer token's. The
/// fixed code compiles with no new error or nullable warning against the nullable-aware OSS V2 stand-in; Fix All too.
/// </summary>
public class SdkEnvironmentFixTests
{
    [Fact]
    public Task OssV2StaticProvider_ReadsOssVariables() => VerifyCS.VerifyCodeFixAsync(
        $$"""
        using AlibabaCloud.OSS.V2.Credentials;

        class Storage
        {
            // The provider of the export bucket.
            ICredentialsProvider Provider() => new StaticCredentialsProvider({|RAM001:"{{AccessKeyId}}"|}, /* secret */ {|RAM002:"{{AccessKeySecret}}"|}, {|RAM003:"{{SecurityToken}}"|});
        }
        """,
        """
        using System;
        using AlibabaCloud.OSS.V2.Credentials;

        class Storage
        {
            // The provider of the export bucket.
            ICredentialsProvider Provider() => new StaticCredentialsProvider(
                GetRequiredEnvironmentVariable("OSS_ACCESS_KEY_ID"),
                /* secret */ GetRequiredEnvironmentVariable("OSS_ACCESS_KEY_SECRET"),
                GetRequiredEnvironmentVariable("OSS_SESSION_TOKEN"));

            private static string GetRequiredEnvironmentVariable(string name) =>
                Environment.GetEnvironmentVariable(name)
                ?? throw new InvalidOperationException($"The {name} environment variable is not set.");
        }
        """);

    [Fact]
    public Task OssV2CredentialsFromConstFields_ReadOssVariables() => VerifyCS.VerifyCodeFixAsync(
        """
        using System;
        using AlibabaCloud.OSS.V2.Credentials;

        class Storage
        {
            private const string Id = {|RAM001:"<access-key-id>"|};
            private const string Secret = {|RAM002:"<access-key-secret>"|};

            Credentials Fixed() => new Credentials(Id, Secret);
        }
        """,
        """
        using System;
        using AlibabaCloud.OSS.V2.Credentials;

        class Storage
        {
            private static string Id => GetRequiredEnvironmentVariable("OSS_ACCESS_KEY_ID");
            private static string Secret => GetRequiredEnvironmentVariable("OSS_ACCESS_KEY_SECRET");

            Credentials Fixed() => new Credentials(Id, Secret);

            private static string GetRequiredEnvironmentVariable(string name) =>
                Environment.GetEnvironmentVariable(name)
                ?? throw new InvalidOperationException($"The {name} environment variable is not set.");
        }
        """);

    [Fact]
    public Task BearerToken_ReadsBearerTokenVariable() => VerifyCS.VerifyCodeFixAsync(
        """
        using System;

        class Calls
        {
            AlibabaCloud.OpenApiClient.Models.Config Config() => new AlibabaCloud.OpenApiClient.Models.Config { BearerToken = {|RAM003:"placeholder"|}, RegionId = "cn-hangzhou" };
        }
        """,
        """
        using System;

        class Calls
        {
            AlibabaCloud.OpenApiClient.Models.Config Config() => new AlibabaCloud.OpenApiClient.Models.Config
            {
                BearerToken = GetRequiredEnvironmentVariable("ALIBABA_CLOUD_BEARER_TOKEN"),
                RegionId = "cn-hangzhou",
            };

            private static string GetRequiredEnvironmentVariable(string name) =>
                Environment.GetEnvironmentVariable(name)
                ?? throw new InvalidOperationException($"The {name} environment variable is not set.");
        }
        """);
}
