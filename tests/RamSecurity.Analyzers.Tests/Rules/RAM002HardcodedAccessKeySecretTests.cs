using Xunit;
using static RamSecurity.Analyzers.Tests.FakeCredentials;
using VerifyCS = RamSecurity.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<RamSecurity.Analyzers.Credentials.HardcodedCredentialAnalyzer>;

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

    [Fact]
    public Task MixedSettingsClass_OnlyTheAlibabaPairIsReported() => VerifyCS.VerifyAnalyzerAsync(
        $$"""
        sealed class ExternalSettings
        {
            internal string AliyunAccessKeyId { get; set; } = {|RAM001:"{{AccessKeyId}}"|};
            internal string GitHubClientSecret { get; set; } = "{{AccessKeySecret}}";
            internal string JwtSecret { get; set; } = "{{AccessKeySecret}}";
            internal string StripeApiKey { get; set; } = "{{AccessKeySecret}}";
            internal string WebhookSecret { get; set; } = "{{AccessKeySecret}}";
            internal string SmsTemplateId { get; set; } = "{{AccessKeySecret}}";
            internal string DingTalkAppSecret { get; set; } = "{{AccessKeySecret}}";
        }
        """,
        referenceSdk: false);

    [Fact]
    public Task SharingATypeWithAnAccessKeyPair_IsNotStandingBesideIt() => VerifyCS.VerifyAnalyzerAsync(
        $$"""
        static class Keys
        {
            internal const string AccessKeyId = {|RAM001:"{{AccessKeyId}}"|};
            internal const string AccessKeySecret = {|RAM002:"{{AccessKeySecret}}"|};
            internal const string GroupId = "{{AccessKeySecret}}";
            internal const string Unrelated = "x";
            internal const string Other = "{{AccessKeySecret}}";
        }
        """,
        referenceSdk: false);

    [Theory]
    [InlineData("AliyunAk", "AliyunSk")]
    [InlineData("OssKeyId", "OssKeySecret")]
    [InlineData("AccessKeyId", "AccessKeySecret")]
    [InlineData("StorageAccessKeyId", "StorageAccessKeySecret")]
    [InlineData("ProdAkId", "ProdAkSecret")]
    public Task AdjacentDeclarationsThatMakeThePair_Diagnostic(string idName, string secretName) => VerifyCS.VerifyAnalyzerAsync(
        $$"""
        class Settings
        {
            public string {{idName}} { get; set; } = {|RAM001:"{{AccessKeyId}}"|};
            public string {{secretName}} { get; set; } = {|RAM002:"{{AccessKeySecret}}"|};
            void Locals()
            {
                string local{{idName}} = {|RAM001:"{{OtherAccessKeyId}}"|}, local{{secretName}} = {|RAM002:"{{AccessKeySecret}}"|};
                System.Console.WriteLine(local{{idName}} + local{{secretName}});
            }
        }
        """,
        referenceSdk: false);

    [Theory]
    [InlineData("AliyunAk", "ProdSk")]            // the stems differ
    [InlineData("AccessKeyId", "TemplateCode")]  // named as something else
    [InlineData("AliyunAccessKeyId", "GitHubClientSecret")]
    public Task AdjacentDeclarationsThatDoNotMakeAPair_NoDiagnostic(string idName, string otherName) => VerifyCS.VerifyAnalyzerAsync(
        $$"""
        class Settings
        {
            public string {{idName}} { get; set; } = {|RAM001:"{{AccessKeyId}}"|};
            public string {{otherName}} { get; set; } = "{{AccessKeySecret}}";
        }
        """,
        referenceSdk: false);

    [Fact]
    public Task InitializerAndArguments_TravelTogether_UnlessANameSaysOtherwise() => VerifyCS.VerifyAnalyzerAsync(
        $$"""
        class Settings
        {
            public string Id { get; set; } = "";
            public string Sk { get; set; } = "";
            public string GitHubClientSecret { get; set; } = "";
            public string TemplateCode { get; set; } = "";
            static void Connect(string id, string secret) { }
            static Settings Create()
            {
                Connect({|RAM001:"{{AccessKeyId}}"|}, {|RAM002:"{{AccessKeySecret}}"|});
                _ = new Settings { Id = {|RAM001:"{{AccessKeyId}}"|}, Sk = {|RAM002:"{{AccessKeySecret}}"|} };
                _ = new Settings { Id = {|RAM001:"{{AccessKeyId}}"|}, GitHubClientSecret = "{{AccessKeySecret}}", TemplateCode = "{{AccessKeySecret}}" };
                _ = new { ak = {|RAM001:"{{AccessKeyId}}"|}, sk = {|RAM002:"{{AccessKeySecret}}"|}, wechatAppSecret = "{{AccessKeySecret}}" };
                return new Settings();
            }
        }
        """,
        referenceSdk: false);

    [Fact]
    public Task ConstantsReadByAnotherMember_ReportedInEveryArgumentShape_OnlyWhereTheyReachACredential() => VerifyCS.VerifyAnalyzerAsync(
        """
        using Aliyun.OSS;
        class Uploader
        {
            private const string Endpoint = "https://oss-cn-hangzhou.aliyuncs.com";
            private const string KeyId = {|RAM001:"placeholder-id"|};
            private const string KeySecret = {|RAM002:"placeholder-secret"|};
            private static readonly string OtherSecret = {|RAM002:"placeholder-other"|};
            private const string Region = "cn-hangzhou";
            private const string TargetTypedSecret = {|RAM002:"placeholder-target-typed"|};
            OssClient Positional() => new OssClient(Endpoint, KeyId, KeySecret);
            OssClient TargetTyped() { OssClient client = new (Endpoint, KeyId, TargetTypedSecret); return client; }
            OssClient Qualified() => new global::Aliyun.OSS.OssClient(Endpoint, KeyId, KeySecret);
            OssClient Named() => new OssClient(accessKeySecret: OtherSecret, endpoint: Endpoint + Region, accessKeyId: {|RAM001:"x" + Region|});
        }
        """);

    [Fact]
    public Task OtherProvidersNameReachingTheSdk_StillReported() => VerifyCS.VerifyAnalyzerAsync(
        $$"""
        using Aliyun.OSS;
        class Uploader
        {
            private const string GitHubClientSecret = {|RAM002:"{{AccessKeySecret}}"|};
            OssClient Create(string id) => new OssClient("https://oss-cn-hangzhou.aliyuncs.com", id, GitHubClientSecret);
        }
        """);

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
