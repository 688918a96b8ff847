using RamSecurity.Analyzers.Credentials;
using RamSecurity.Analyzers.Internals;
using RamSecurity.Analyzers.Tests.Verifiers;
using Xunit;
using static RamSecurity.Analyzers.Tests.FakeCredentials;
using VerifyCS = RamSecurity.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<RamSecurity.Analyzers.Credentials.HardcodedCredentialAnalyzer>;

namespace RamSecurity.Analyzers.Tests.Rules;

/// <summary>
/// RAM001-RAM003 name the environment variable the SDK that takes the value reads: OSS SDK V2 reads only OSS_*,
/// every other SDK ALIBABA_CLOUD_*; a bearer token is reported as one.
/// </summary>
public class SdkEnvironmentVariableTests
{
    [Fact]
    public Task OssV2StaticProvider_MessagesNameOssVariables() => VerifyCS.VerifyAnalyzerAsync(
        $$"""
        using AlibabaCloud.OSS.V2.Credentials;
        class Storage
        {
            ICredentialsProvider Provider() => new StaticCredentialsProvider({|#0:"{{AccessKeyId}}"|}, {|#1:"{{AccessKeySecret}}"|}, {|#2:"{{SecurityToken}}"|});
        }
        """,
        VerifyCS.Diagnostic(Descriptors.HardcodedAccessKeyId).WithLocation(0).WithArguments("LTAI****", "OSS_ACCESS_KEY_ID"),
        VerifyCS.Diagnostic(Descriptors.HardcodedAccessKeySecret).WithLocation(1).WithArguments("****", "OSS_ACCESS_KEY_SECRET"),
        VerifyCS.Diagnostic(Descriptors.HardcodedSecurityToken).WithLocation(2).WithArguments("CAIS****", "OSS_SESSION_TOKEN"));

    [Fact]
    public Task OssV2CredentialsFromConstants_MessagesNameOssVariables() => VerifyCS.VerifyAnalyzerAsync(
        $$"""
        using AlibabaCloud.OSS.V2.Credentials;
        class Storage
        {
            const string Id = {|#0:"{{AccessKeyId}}"|};
            const string Placeholder = {|#1:"<secret>"|};
            Credentials Fixed() => new Credentials(Id, Placeholder);
        }
        """,
        VerifyCS.Diagnostic(Descriptors.HardcodedAccessKeyId).WithLocation(0).WithArguments("LTAI****", "OSS_ACCESS_KEY_ID"),
        VerifyCS.Diagnostic(Descriptors.HardcodedAccessKeySecret).WithLocation(1).WithArguments("****", "OSS_ACCESS_KEY_SECRET"));

    [Fact]
    public Task ObsoleteStaticProvide_MessagesNameOssVariables() => VerifyCS.VerifyAnalyzerAsync(
        $$"""
        #pragma warning disable CS0618 // the 0.1.1 name
        class Storage
        {
            object Provider() => new AlibabaCloud.OSS.V2.Credentials.StaticCredentialsProvide({|#0:"{{AccessKeyId}}"|}, {|#1:"placeholder"|});
        }
        """,
        VerifyCS.Diagnostic(Descriptors.HardcodedAccessKeyId).WithLocation(0).WithArguments("LTAI****", "OSS_ACCESS_KEY_ID"),
        VerifyCS.Diagnostic(Descriptors.HardcodedAccessKeySecret).WithLocation(1).WithArguments("****", "OSS_ACCESS_KEY_SECRET"));

    [Fact]
    public Task SameIdToCoreCredentials_MessageNamesAlibabaCloudVariable() => VerifyCS.VerifyAnalyzerAsync(
        $$"""
        class Calls
        {
            object Credentials(string secret) => new Aliyun.Acs.Core.Auth.BasicCredentials({|#0:"{{AccessKeyId}}"|}, secret);
        }
        """,
        VerifyCS.Diagnostic(Descriptors.HardcodedAccessKeyId).WithLocation(0).WithArguments("LTAI****", "ALIBABA_CLOUD_ACCESS_KEY_ID"));

    [Fact]
    public Task OssV2FromEnvironment_NoDiagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        using System;
        using AlibabaCloud.OSS.V2.Credentials;
        class Storage
        {
            ICredentialsProvider FromEnvironment() => new EnvironmentVariableCredentialsProvider();
            ICredentialsProvider Explicit() => new StaticCredentialsProvider(Environment.GetEnvironmentVariable("OSS_ACCESS_KEY_ID")!, Environment.GetEnvironmentVariable("OSS_ACCESS_KEY_SECRET")!);
        }
        """);

    [Fact]
    public async Task OssV2Diagnostic_CarriesTheVariableForTheFix()
    {
        var runner = await AnalyzerRunner.CreateAsync(new HardcodedCredentialAnalyzer());
        var (diagnostics, failures) = await runner.RunAsync($$"""
            class Storage
            {
                object Provider() => new AlibabaCloud.OSS.V2.Credentials.StaticCredentialsProvider("{{AccessKeyId}}", "placeholder");
            }
            """);
        Assert.Empty(failures);
        Assert.Equal(
            new (string, string?)[] { ("RAM001", "OSS_ACCESS_KEY_ID"), ("RAM002", "OSS_ACCESS_KEY_SECRET") },
            diagnostics.Select(d => (d.Id, d.Properties[DiagnosticPropertyKeys.EnvironmentVariable])).ToArray());
    }

    [Fact]
    public Task BearerToken_MessageSaysBearerToken() => VerifyCS.VerifyAnalyzerAsync(
        """
        class Calls
        {
            object Credential() => new Aliyun.Acs.Core.Auth.BearerTokenCredential({|#0:"eyJhbGciOiJIUzI1NiJ9.placeholder"|});
            object Config() => new AlibabaCloud.OpenApiClient.Models.Config { BearerToken = {|#1:"placeholder"|} };
        }
        """,
        VerifyCS.Diagnostic(Descriptors.HardcodedBearerToken).WithLocation(0).WithArguments("****", "ALIBABA_CLOUD_BEARER_TOKEN"),
        VerifyCS.Diagnostic(Descriptors.HardcodedBearerToken).WithLocation(1).WithArguments("****", "ALIBABA_CLOUD_BEARER_TOKEN"));

    [Fact]
    public void BearerTokenDescriptor_IsRam003AndSaysBearerToken()
    {
        Assert.Equal(RuleIds.HardcodedSecurityToken, Descriptors.HardcodedBearerToken.Id);
        Assert.Contains("Bearer token '{0}'", Descriptors.HardcodedBearerToken.MessageFormat.ToString(), StringComparison.Ordinal);
    }
}
