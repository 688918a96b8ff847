using Xunit;
using static RamSecurity.Analyzers.Tests.FakeCredentials;
using VerifyCS = RamSecurity.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<RamSecurity.Analyzers.Rules.HardcodedCredentialAnalyzer>;

namespace RamSecurity.Analyzers.Tests.Rules;

public class RAM002HardcodedAccessKeySecretTests
{
    [Fact]
    public Task OpenApiConfigConstant_DiagnosticWithMaskedValue() => VerifyCS.VerifyAnalyzerAsync(
        $$"""
        using AlibabaCloud.OpenApiClient.Models;
        class Setup
        {
            private const string Secret = {|#0:"{{AccessKeySecret}}"|};
            Config Build(string id) => new Config { AccessKeyId = id, AccessKeySecret = Secret };
        }
        """,
        VerifyCS.Diagnostic(Descriptors.HardcodedAccessKeySecret).WithLocation(0).WithArguments("****", "ALIBABA_CLOUD_ACCESS_KEY_SECRET"));

    [Theory]
    [InlineData("private const string AccessKeySecret = {|RAM002:\"S\"|};")]
    [InlineData("public static readonly string ALIBABA_CLOUD_ACCESS_KEY_SECRET = {|RAM002:\"S\"|};")]
    [InlineData("public string AkSecret { get; set; } = {|RAM002:\"S\"|};")]
    [InlineData("public string SecretKey => {|RAM002:\"S\"|};")]
    [InlineData("public string secret = {|RAM002:\"S\"|};")]
    [InlineData("void Set(System.Collections.Generic.Dictionary<string, string> d) => d[\"Aliyun:AccessKeySecret\"] = {|RAM002:\"S\"|};")]
    [InlineData("void Set(System.Collections.Generic.Dictionary<string, string> d) => d.Add(\"access_key_secret\", {|RAM002:\"S\"|});")]
    [InlineData("void Set() => System.Environment.SetEnvironmentVariable(\"ALIBABA_CLOUD_ACCESS_KEY_SECRET\", {|RAM002:\"S\"|});")]
    [InlineData("public System.Collections.Generic.Dictionary<string, string> D = new() { { \"AccessSecret\", {|RAM002:\"S\"|} } };")]
    [InlineData("public System.Collections.Generic.Dictionary<string, string> D = new() { [\"oss.accessKeySecret\"] = {|RAM002:\"S\"|} };")]
    [InlineData("public object O = new { AccessKeySecret = {|RAM002:\"S\"|} };")]
    [InlineData("void Use(string accessKeySecret) { } void Call() => Use({|RAM002:\"S\"|});")]
    [InlineData("public string accesskeysecret = {|RAM002:\"S\"|};")]
    [InlineData("public string AccessKeySecret = ({|RAM002:\"S\"|});")]
    public Task SecretShapedValueUnderSecretName_Diagnostic(string member) => VerifyCS.VerifyAnalyzerAsync(
        "class Settings\n{\n    " + member.Replace("\"S\"", "\"" + AccessKeySecret + "\"") + "\n}\n",
        referenceSdk: false);

    [Fact]
    public Task SecretBesideAccessKeyId_Diagnostic() => VerifyCS.VerifyAnalyzerAsync(
        $$"""
        class Keys
        {
            static readonly string[] Pair = { {|RAM001:"{{AccessKeyId}}"|}, {|RAM002:"{{AccessKeySecret}}"|} };
            static (string, string) Tuple() => ({|RAM001:"{{AccessKeyId}}"|}, {|RAM002:"{{AccessKeySecret}}"|});
            static void Local()
            {
                var id = {|RAM001:"{{AccessKeyId}}"|};
                var key = {|RAM002:"{{AccessKeySecret}}"|};
                System.Console.WriteLine(id + key);
            }
        }
        """,
        referenceSdk: false);

    [Theory]
    [InlineData("AccessKeyId=" + AccessKeyId + ";AccessKeySecret=" + AccessKeySecret, "{|RAM001:{|RAM002:", "|}|}")]
    [InlineData(AccessKeyId + ":" + AccessKeySecret, "{|RAM001:{|RAM002:", "|}|}")]
    [InlineData("aliyun configure --access-key-id " + AccessKeyId + " --access-key-secret " + AccessKeySecret, "{|RAM001:{|RAM002:", "|}|}")]
    [InlineData("{\\\"accessKeySecret\\\": \\\"" + AccessKeySecret + "\\\"}", "{|RAM002:", "|}")]
    [InlineData("AccessKeySecret=" + AccessKeySecret, "{|RAM002:", "|}")]
    public Task SecretInsideALiteral_Diagnostic(string value, string open, string close) => VerifyCS.VerifyAnalyzerAsync(
        "class Settings\n{\n    public string Value = " + open + "\"" + value + "\"" + close + ";\n}\n",
        referenceSdk: false);

    [Theory]
    [InlineData("public string Secret = \"S\";", "FakeExampleSecret000000000001")]            // 29 characters
    [InlineData("public string Secret = \"S\";", "FakeExampleSecret00000000000012")]          // 31 characters
    [InlineData("public string Secret = \"S\";", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]           // placeholder
    [InlineData("public string ClientSecret = \"S\";", AccessKeySecret)]                       // an OAuth client secret
    [InlineData("public string JwtSecret = \"S\";", AccessKeySecret)]                          // a signing key
    [InlineData("public string SecretName = \"S\";", AccessKeySecret)]                         // names a secret, is not one
    [InlineData("public string CorrelationId = \"S\";", AccessKeySecret)]                      // no secret name
    [InlineData("public string Connection = \"Password=S\";", AccessKeySecret)]               // a password is not an AccessKey secret
    [InlineData("void Use(string name, string value) { } void Call() => Use(\"x\", value: \"S\");", AccessKeySecret)] // the parameter name wins over the argument before
    public Task NotAnAccessKeySecret_NoDiagnostic(string member, string value) => VerifyCS.VerifyAnalyzerAsync(
        "class Settings\n{\n    " + member.Replace("S\"", value + "\"") + "\n}\n",
        referenceSdk: false);

    [Fact]
    public Task SecretFromEnvironment_NoDiagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        using System;
        using Aliyun.OSS;
        class Uploader
        {
            private static readonly string AccessKeySecret = Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_SECRET") ?? "";
            OssClient Create(string id) => new OssClient("https://oss-cn-hangzhou.aliyuncs.com", id, AccessKeySecret);
        }
        """);
}
