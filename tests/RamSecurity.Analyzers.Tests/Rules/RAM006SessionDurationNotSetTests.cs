using Xunit;
using VerifyCS = RamSecurity.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<RamSecurity.Analyzers.Sessions.SessionDurationNotSetAnalyzer>;

namespace RamSecurity.Analyzers.Tests.Rules;

public class RAM006SessionDurationNotSetTests
{
    public static TheoryData<string> StsRequests() => new()
    {
        "Aliyun.Acs.Sts.Model.V20150401.AssumeRoleRequest",
        "Aliyun.Acs.Sts.Model.V20150401.AssumeRoleWithSAMLRequest",
        "Aliyun.Acs.Sts.Model.V20150401.AssumeRoleWithOIDCRequest",
        "Aliyun.Acs.Core.Auth.Sts.AssumeRoleRequest",
    };

    [Theory]
    [MemberData(nameof(StsRequests))]
    public Task V1RequestSentWithoutDuration_Diagnostic(string type) => VerifyCS.VerifyAnalyzerAsync(
        $$"""
        using Aliyun.Acs.Core;
        class Sessions
        {
            void Start(IAcsClient client, string roleArn)
            {
                var request = {|#0:new {{type}}()|} { RoleArn = roleArn };
                client.GetAcsResponse(request);
            }
        }
        """,
        VerifyCS.Diagnostic(Descriptors.SessionDurationNotSet).WithLocation(0).WithArguments(type.Substring(type.LastIndexOf('.') + 1), "DurationSeconds"));

    [Theory]
    [InlineData("AssumeRoleRequest", "AssumeRole")]
    [InlineData("AssumeRoleWithSAMLRequest", "AssumeRoleWithSAML")]
    [InlineData("AssumeRoleWithOIDCRequest", "AssumeRoleWithOIDC")]
    public Task V2RequestPassedToClient_Diagnostic(string type, string method) => VerifyCS.VerifyAnalyzerAsync($$"""
        using AlibabaCloud.SDK.Sts20150401.Models;
        class Sessions
        {
            void Start(AlibabaCloud.SDK.Sts20150401.Client client, string roleArn) =>
                client.{{method}}({|RAM006:new {{type}}|}
                {
                    RoleArn = roleArn,
                });
        }
        """);

    [Fact]
    public Task CreateRoleSentDirectly_Diagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Ram20150501.Models;
        class Roles
        {
            void Create(AlibabaCloud.SDK.Ram20150501.Client client, Aliyun.Acs.Core.IAcsClient v1)
            {
                client.CreateRole({|#0:new CreateRoleRequest()|} { RoleName = "reader" });
                v1.GetAcsResponse({|#1:new Aliyun.Acs.Ram.Model.V20150501.CreateRoleRequest()|} { RoleName = "reader" });
            }
        }
        """,
        VerifyCS.Diagnostic(Descriptors.SessionDurationNotSet).WithLocation(0).WithArguments("CreateRoleRequest", "MaxSessionDuration"),
        VerifyCS.Diagnostic(Descriptors.SessionDurationNotSet).WithLocation(1).WithArguments("CreateRoleRequest", "MaxSessionDuration"));

    [Fact]
    public Task ResourceManagerCreateRoleAndShrinkRequestWithoutDuration_Diagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        class Roles
        {
            void Create(AlibabaCloud.SDK.ResourceManager20200331.Client client)
            {
                client.CreateRole({|#0:new AlibabaCloud.SDK.ResourceManager20200331.Models.CreateRoleRequest()|} { RoleName = "reader" });
                var shrink = {|#1:new AlibabaCloud.SDK.Ram20150501.Models.CreateRoleShrinkRequest()|} { RoleName = "reader" };
            }
        }
        """,
        VerifyCS.Diagnostic(Descriptors.SessionDurationNotSet).WithLocation(0).WithArguments("CreateRoleRequest", "MaxSessionDuration"),
        VerifyCS.Diagnostic(Descriptors.SessionDurationNotSet).WithLocation(1).WithArguments("CreateRoleShrinkRequest", "MaxSessionDuration"));

    [Fact]
    public Task ResourceManagerCreateRoleWithDuration_NoDiagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        class Roles
        {
            void Create(AlibabaCloud.SDK.ResourceManager20200331.Client client)
            {
                client.CreateRole(new AlibabaCloud.SDK.ResourceManager20200331.Models.CreateRoleRequest { RoleName = "reader", MaxSessionDuration = 3600 });
                var shrink = new AlibabaCloud.SDK.Ram20150501.Models.CreateRoleShrinkRequest { RoleName = "reader", MaxSessionDuration = 3600 };
                client.UpdateRole(new AlibabaCloud.SDK.ResourceManager20200331.Models.UpdateRoleRequest { RoleName = "reader" });
            }
        }
        """);

    [Fact]
    public Task CoreRoleProviderWithoutWithRoleSessionDurationSeconds_Diagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        using Aliyun.Acs.Core;
        using Aliyun.Acs.Core.Auth;
        class Providers
        {
            AlibabaCloudCredentials Get(AlibabaCloudCredentials longLived, IAcsClient client)
            {
                var provider = {|#0:new STSAssumeRoleSessionCredentialsProvider(longLived, "acs:ram::123456789012:role/reader", client)|};
                provider.WithRoleSessionName("job");
                return provider.GetCredentials();
            }
        }
        """,
        VerifyCS.Diagnostic(Descriptors.SessionDurationNotSet).WithLocation(0).WithArguments("STSAssumeRoleSessionCredentialsProvider", "WithRoleSessionDurationSeconds"));

    [Theory]
    [InlineData("ram_role_arn")]
    [InlineData("oidc_role_arn")]
    public Task RoleTypedConfigWithoutExpiration_Diagnostic(string type) => VerifyCS.VerifyAnalyzerAsync($$"""
        using Aliyun.Credentials.Models;
        class Credentials
        {
            Aliyun.Credentials.Client Create() => new Aliyun.Credentials.Client({|RAM006:new Config()|} { Type = "{{type}}", RoleArn = "acs:ram::123456789012:role/reader" });
        }
        """);

    [Fact]
    public Task ConfigTypeSetLaterThroughTheLocal_Diagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        using Aliyun.Credentials.Models;
        class Credentials
        {
            Aliyun.Credentials.Client Create()
            {
                var config = {|RAM006:new Config()|};
                config.Type = Aliyun.Credentials.Utils.AuthConstant.RamRoleArn;
                config.RoleArn = "acs:ram::123456789012:role/reader";
                return new Aliyun.Credentials.Client(config);
            }
        }
        """);

    [Theory]
    [InlineData("RamRoleArnCredentialProvider")]
    [InlineData("OIDCRoleArnCredentialProvider")]
    public Task BuilderChainWithoutDurationSeconds_Diagnostic(string provider) => VerifyCS.VerifyAnalyzerAsync($$"""
        using Aliyun.Credentials.Provider;
        class Providers
        {
            IAlibabaCloudCredentialsProvider Create(string roleArn) =>
                {|RAM006:new {{provider}}.Builder()|}
                    .RoleArn(roleArn)
                    .RoleSessionName("job")
                    .Build();
        }
        """);

    [Fact]
    public Task BuilderInALocalWithoutDurationSeconds_Diagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        using Aliyun.Credentials.Provider;
        class Providers
        {
            IAlibabaCloudCredentialsProvider Create(string roleArn)
            {
                var builder = {|RAM006:new RamRoleArnCredentialProvider.Builder()|}.RoleArn(roleArn);
                builder.RoleSessionName("job");
                var provider = builder.Build();
                return provider;
            }
        }
        """);

    [Fact]
    public Task UnsetValues_Diagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        using Aliyun.Credentials.Models;
        using Aliyun.Credentials.Provider;
        class Providers
        {
            void Create(string roleArn)
            {
                // 0 and null leave the SDK's 3600 seconds in place.
                var a = {|RAM006:new RamRoleArnCredentialProvider.Builder()|}.RoleArn(roleArn).DurationSeconds(0).Build();
                var b = {|RAM006:new OIDCRoleArnCredentialProvider.Builder()|}.RoleArn(roleArn).DurationSeconds(null).Build();
                var c = new Aliyun.Credentials.Client({|RAM006:new Config()|} { Type = "ram_role_arn", RoleArn = roleArn, RoleSessionExpiration = 0 });
            }
        }
        """);

    [Fact]
    public Task ProviderConstructorWithoutDuration_Diagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        #pragma warning disable CS0618
        using Aliyun.Credentials.Provider;
        class Providers
        {
            void Use(IAlibabaCloudCredentialsProvider source, string roleArn)
            {
                var provider = {|RAM006:new RamRoleArnCredentialProvider(source, roleArn)|};
                provider.GetCredentials();
            }
        }
        """);

    [Fact]
    public Task RoleProviderBuiltFromAConfigWithoutExpiration_DiagnosticOnTheConfig() => VerifyCS.VerifyAnalyzerAsync("""
        #pragma warning disable CS0618
        using Aliyun.Credentials.Models;
        using Aliyun.Credentials.Provider;
        class Providers
        {
            void Use(string roleArn)
            {
                var ram = new RamRoleArnCredentialProvider({|#0:new Config|} { RoleArn = roleArn, RoleSessionName = "job" });
                ram.GetCredentials();

                var config = {|#1:new Config|} { RoleArn = roleArn, OIDCProviderArn = "p", OIDCTokenFilePath = "/token" };
                var oidc = new OIDCRoleArnCredentialProvider(config);
                oidc.GetCredentials();

                var withExpiration = new RamRoleArnCredentialProvider(new Config { RoleArn = roleArn, RoleSessionExpiration = 900 });
                withExpiration.GetCredentials();
            }
        }
        """,
        VerifyCS.Diagnostic(Descriptors.SessionDurationNotSet).WithLocation(0).WithArguments("Config", "RoleSessionExpiration"),
        VerifyCS.Diagnostic(Descriptors.SessionDurationNotSet).WithLocation(1).WithArguments("Config", "RoleSessionExpiration"));

    [Fact]
    public Task DurationSetEveryWay_NoDiagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        #pragma warning disable CS0618
        using Aliyun.Acs.Core;
        using Aliyun.Acs.Core.Auth;
        using Aliyun.Credentials.Models;
        using Aliyun.Credentials.Provider;
        class Sessions
        {
            void Start(IAcsClient client, AlibabaCloudCredentials longLived, IAlibabaCloudCredentialsProvider source, long seconds, Config fromElsewhere)
            {
                client.GetAcsResponse(new Aliyun.Acs.Sts.Model.V20150401.AssumeRoleRequest { RoleArn = "r", DurationSeconds = 900 });

                var later = new Aliyun.Acs.Sts.Model.V20150401.AssumeRoleWithOIDCRequest();
                later.DurationSeconds = seconds;
                client.GetAcsResponse(later);

                var provider = new STSAssumeRoleSessionCredentialsProvider(longLived, "r", client);
                provider.WithRoleSessionDurationSeconds(900);

                var built = new RamRoleArnCredentialProvider.Builder().RoleArn("r").DurationSeconds(900).Build();
                var config = new Aliyun.Credentials.Client(new Config { Type = "ram_role_arn", RoleArn = "r", RoleSessionExpiration = 900 });
                var withDuration = new RamRoleArnCredentialProvider(source, "r", 900, "job");
                var fromConfig = new RamRoleArnCredentialProvider(fromElsewhere);

                var field = new OIDCRoleArnCredentialProvider("r", "p", "/token");
                field.durationSeconds = 900;
                field.GetCredentials();

                client.GetAcsResponse(new Aliyun.Acs.Ram.Model.V20150501.CreateRoleRequest { RoleName = "reader", MaxSessionDuration = 3600 });
            }
        }
        """);

    [Fact]
    public Task ObjectEscapesTheMember_NoDiagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        using Aliyun.Acs.Sts.Model.V20150401;
        using Aliyun.Credentials.Models;
        class Factory
        {
            private AssumeRoleRequest? _pending;
            public AssumeRoleRequest? Stored { get; set; }

            // Factories: the caller sets the duration.
            public AssumeRoleRequest Create(string roleArn) => new AssumeRoleRequest { RoleArn = roleArn };
            public Config RoleConfig() => new Config { Type = "ram_role_arn", RoleArn = "r" };

            public AssumeRoleRequest Local(string roleArn)
            {
                var request = new AssumeRoleRequest { RoleArn = roleArn };
                return request;
            }

            public void Keep(string roleArn)
            {
                _pending = new AssumeRoleRequest { RoleArn = roleArn };
                var request = new AssumeRoleRequest { RoleArn = roleArn };
                Stored = request;
                Customize(new AssumeRoleWithSAMLRequest());
                var list = new System.Collections.Generic.List<AssumeRoleWithOIDCRequest> { new AssumeRoleWithOIDCRequest() };
            }

            public void Alias(Aliyun.Acs.Core.IAcsClient client, string roleArn)
            {
                // Set through a second variable: the rule does not follow aliases, so it does not judge.
                var request = new AssumeRoleRequest { RoleArn = roleArn };
                var alias = request;
                alias.DurationSeconds = 900;
                client.GetAcsResponse(request);
            }

            private static void Customize(AssumeRoleWithSAMLRequest request) => request.DurationSeconds = 900;
        }
        """);

    [Fact]
    public Task NoSessionToStart_NoDiagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        using Aliyun.Credentials.Models;
        class Credentials
        {
            void Create(Aliyun.Acs.Core.IAcsClient client, string type)
            {
                // Not a role type, or a type the analyzer cannot know: no session duration to set.
                var keys = new Aliyun.Credentials.Client(new Config { Type = "access_key", AccessKeyId = System.Environment.GetEnvironmentVariable("ID") });
                var ecs = new Aliyun.Credentials.Client(new Config { Type = "ecs_ram_role", RoleName = "worker" });
                var unknown = new Aliyun.Credentials.Client(new Config { Type = type });

                // Updating a role need not change its ceiling.
                client.GetAcsResponse(new Aliyun.Acs.Ram.Model.V20150501.UpdateRoleRequest { RoleName = "reader" });
            }
        }
        """);

    [Fact]
    public Task SameSimpleNameOutsideTheSdk_NoDiagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        namespace MyCompany.Sts
        {
            class AssumeRoleRequest { public string? RoleArn { get; set; } }
            class Use
            {
                void Send(System.Action<AssumeRoleRequest> send) => send(new AssumeRoleRequest { RoleArn = "r" });
                void Direct() => System.Console.WriteLine(new AssumeRoleRequest().RoleArn);
            }
        }
        """);

    [Fact]
    public Task NoSdkReferenced_NoDiagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        class AssumeRoleRequest { public long? DurationSeconds { get; set; } }
        class Use { object Create() => new AssumeRoleRequest().DurationSeconds ?? 0; }
        """,
        referenceSdk: false);
}
