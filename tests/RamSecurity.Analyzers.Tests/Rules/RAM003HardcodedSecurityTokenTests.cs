using Xunit;
using static RamSecurity.Analyzers.Tests.FakeCredentials;
using VerifyCS = RamSecurity.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<RamSecurity.Analyzers.Credentials.HardcodedCredentialAnalyzer>;

namespace RamSecurity.Analyzers.Tests.Rules;

public class RAM003HardcodedSecurityTokenTests
{
    [Fact]
    public Task OssClientToken_DiagnosticWithMaskedValue() => VerifyCS.VerifyAnalyzerAsync(
        $$"""
        using Aliyun.OSS;
        class Uploader
        {
            OssClient Create(string id, string secret) => new OssClient("https://oss-cn-hangzhou.aliyuncs.com", id, secret, {|#0:"{{SecurityToken}}"|});
        }
        """,
        VerifyCS.Diagnostic(Descriptors.HardcodedSecurityToken).WithLocation(0).WithArguments("CAIS****", "ALIBABA_CLOUD_SECURITY_TOKEN"));

    [Fact]
    public Task PlaceholderTokenOnRequest_Diagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        using Aliyun.Acs.Sts.Model.V20150401;
        class Calls
        {
            AssumeRoleRequest Build() => new AssumeRoleRequest { RoleArn = "acs:ram::123456789012:role/reader", SecurityToken = {|RAM003:"<security-token>"|} };
        }
        """);

    [Fact]
    public Task TokenByFormatAnywhere_Diagnostic() => VerifyCS.VerifyAnalyzerAsync(
        $$"""
        class Settings
        {
            public const string Token = {|RAM003:"{{SecurityToken}}"|};
            public string Header = {|RAM003:"x-acs-security-token={{SecurityToken}}"|};
            public string Verbatim = {|RAM003:@"{{SecurityToken}}"|};
        }
        """,
        referenceSdk: false);

    [Theory]
    [InlineData("CAISshort0123456789")]                                                     // shorter than 64
    [InlineData("CAIShwJ1q6Ft5B2yfSjIr5bSEsj4g7BihPWGWHz****")]                             // the documentation's masked example
    [InlineData("XCAISFakeExampleSecurityTokenForUnitTests0123456789AbCdEfGhIjKlMnOpQrSt")] // the prefix inside a word
    [InlineData("CAISAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")] // placeholder
    public Task NotATokenFormat_NoDiagnostic(string value) => VerifyCS.VerifyAnalyzerAsync(
        $$"""
        class Settings
        {
            public string Value = "{{value}}";
        }
        """,
        referenceSdk: false);

    [Fact]
    public Task TokenFromEnvironment_NoDiagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        using System;
        using Aliyun.Credentials.Models;
        class Setup
        {
            Config Build() => new Config { Type = "sts", SecurityToken = Environment.GetEnvironmentVariable("ALIBABA_CLOUD_SECURITY_TOKEN") };
        }
        """);
}
