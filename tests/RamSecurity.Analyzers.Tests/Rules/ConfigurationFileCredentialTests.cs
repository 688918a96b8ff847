using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static RamSecurity.Analyzers.Tests.FakeCredentials;
using VerifyCS = RamSecurity.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<RamSecurity.Analyzers.Credentials.ConfigurationFileCredentialAnalyzer>;

namespace RamSecurity.Analyzers.Tests.Rules;

/// <summary>RAM001-RAM003 in configuration files given to the compiler as AdditionalFiles, at the exact line and column of the value.</summary>
public class ConfigurationFileCredentialTests
{
    [Fact]
    public Task AppSettingsJson_NestedSections() => Run(
        "/app/appsettings.json",
        $$"""
        {
          // Alibaba Cloud access for the export job.
          "Alibaba": {
            "AccessKeyId": "{|#0:{{AccessKeyId}}|}",
            "AccessKeySecret": "{|#1:{{AccessKeySecret}}|}",
            "Sts": { "SecurityToken": "{|#2:{{SecurityToken}}|}" }
          },
          "Logging": { "LogLevel": { "Default": "Information" } }
        }
        """,
        Id(0), Secret(1), Token(2));

    [Fact]
    public Task DotEnvIniAndProperties_Lines() => Task.WhenAll(
        Run(
            "/app/.env",
            $$"""
            # local development only
            export ALIBABA_CLOUD_ACCESS_KEY_ID={|#0:{{AccessKeyId}}|}
            ALIBABA_CLOUD_ACCESS_KEY_SECRET="{|#1:{{AccessKeySecret}}|}"
            REGION=cn-hangzhou
            """,
            Id(0), Secret(1)),
        Run(
            "/app/settings.ini",
            $$"""
            [aliyun]
            access_key_id = {|#0:{{AccessKeyId}}|}
            access_key_secret = {|#1:{{AccessKeySecret}}|} ; rotate me
            """,
            Id(0), Secret(1)),
        Run(
            "/app/oss.properties",
            $$"""
            oss.accessKeyId: {|#0:{{AccessKeyId}}|}
            oss.accessKeySecret={|#1:{{AccessKeySecret}}|}
            """,
            Id(0), Secret(1)));

    [Fact]
    public Task AppConfigXml_AddElementsAndConnectionStrings() => Run(
        "/app/App.config",
        $$"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <appSettings>
            <add key="AccessKeyId" value="{|#0:{{AccessKeyId}}|}" />
            <add value="{|#1:{{AccessKeySecret}}|}" key="AccessKeySecret" />
          </appSettings>
          <connectionStrings>
            <add name="Oss" connectionString="Endpoint=oss-cn-hangzhou.aliyuncs.com;AccessKeyId={|#2:{{OtherAccessKeyId}}|};AccessKeySecret={|#3:{{AccessKeySecret}}|}" />
          </connectionStrings>
          <aliyun><securityToken>{|#4:{{SecurityToken}}|}</securityToken></aliyun>
        </configuration>
        """,
        Id(0), Secret(1), Id(2), Secret(3), Token(4));

    [Fact]
    public Task Yaml_Mappings() => Run(
        "/deploy/values.yaml",
        $$"""
        alibaba:
          region: cn-hangzhou
          accessKeyId: {|#0:{{AccessKeyId}}|}
          accessKeySecret: '{|#1:{{AccessKeySecret}}|}'  # from the console
        jobs:
          - name: export
            token: "{|#2:{{SecurityToken}}|}"
        """,
        Id(0), Secret(1), Token(2));

    [Fact]
    public Task LegacyIdUnderItsKey_Diagnostic() => Run(
        "/app/appsettings.Production.json",
        """{ "Aliyun": { "AccessKeyId": "{|#0:0wNEpMMlzy7szvai|}" } }""",
        VerifyCS.Diagnostic(Descriptors.HardcodedAccessKeyId).WithLocation(0).WithArguments("****", "ALIBABA_CLOUD_ACCESS_KEY_ID"));

    [Theory]
    [InlineData("")]
    [InlineData("<your-access-key-secret>")]
    [InlineData("${ALIBABA_CLOUD_ACCESS_KEY_SECRET}")]
    [InlineData("%ALIBABA_CLOUD_ACCESS_KEY_SECRET%")]
    [InlineData("******************************")]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("yourAccessKeySecretGoesHere123")]
    [InlineData("LTAI4GFTgcR8m8cZQDTH****")]
    public Task Placeholders_NoDiagnostic(string value) => Run(
        "/app/appsettings.json",
        $$"""{ "Alibaba": { "AccessKeyId": "{{value}}", "AccessKeySecret": "{{value}}", "SecurityToken": "{{value}}" } }""");

    [Fact]
    public Task LookAlikes_NoDiagnostic() => Task.WhenAll(
        // 30 letters and digits under a key that does not name an AccessKey secret; a 16-character word under an unrelated key.
        Run("/app/appsettings.json", """{ "Jwt": { "ClientSecret": "AbCdEfGhIjKlMnOpQrStUvWxYz0123", "Issuer": "0wNEpMMlzy7szvai" } }"""),
        Run("/app/.env", "BUILD_ID=0wNEpMMlzy7szvai\nCOMMIT=9f8e7d6c5b4a39281706f5e4d3c2b1a0fedcba98\n"),
        // A file kind that is not configuration, and a binary one.
        Run("/app/notes.md", $"AccessKeyId: {AccessKeyId}\n"),
        Run("/app/data.json", "{\0\"AccessKeyId\": \"" + AccessKeyId + "\"}"));

    [Theory]
    [InlineData("{ \"AccessKeyId\": ")]
    [InlineData("{ \"Alibaba\": { \"AccessKeySecret\": \"unterminated")]
    [InlineData("<configuration><add key=\"AccessKeyId\" value=\"")]
    [InlineData("alibaba:\n  accessKeyId:\n    - : :")]
    [InlineData("[broken\nACCESS_KEY_ID\n=\n")]
    public Task MalformedFiles_NoCrash(string content) => Task.WhenAll(
        Run("/app/appsettings.json", content),
        Run("/app/App.config", content),
        Run("/app/values.yml", content),
        Run("/app/.env", content));

    [Fact]
    public Task GlobalConfigSeverityNone_Suppresses()
    {
        var test = new VerifyCS.Test(referenceSdk: false) { TestCode = "class Program { }" };
        test.TestState.AdditionalFiles.Add(("/app/appsettings.json", $$"""{ "AccessKeyId": "{{AccessKeyId}}", "AccessKeySecret": "{|#0:{{AccessKeySecret}}|}" }"""));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ndotnet_diagnostic.RAM001.severity = none\n"));
        test.ExpectedDiagnostics.Add(Secret(0));
        return test.RunAsync();
    }

    private static DiagnosticResult Id(int location) => VerifyCS.Diagnostic(Descriptors.HardcodedAccessKeyId).WithLocation(location).WithArguments("LTAI****", "ALIBABA_CLOUD_ACCESS_KEY_ID");

    private static DiagnosticResult Secret(int location) => VerifyCS.Diagnostic(Descriptors.HardcodedAccessKeySecret).WithLocation(location).WithArguments("****", "ALIBABA_CLOUD_ACCESS_KEY_SECRET");

    private static DiagnosticResult Token(int location) => VerifyCS.Diagnostic(Descriptors.HardcodedSecurityToken).WithLocation(location).WithArguments("CAIS****", "ALIBABA_CLOUD_SECURITY_TOKEN");

    private static Task Run(string path, string content, params DiagnosticResult[] expected)
    {
        var test = new VerifyCS.Test(referenceSdk: false) { TestCode = "class Program { }" };
        test.TestState.AdditionalFiles.Add((path, content));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
