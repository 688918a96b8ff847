using Xunit;
using VerifyCS = RamSecurity.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<RamSecurity.Analyzers.Credentials.LongLivedAccessKeyAnalyzer>;

namespace RamSecurity.Analyzers.Tests.Rules;

public class RAM005LongLivedAccessKeyTests
{
    [Fact]
    public Task StaticPairHandedToClients_OneDiagnosticEach() => VerifyCS.VerifyAnalyzerAsync(
        """
        #pragma warning disable CS0612, CS0618
        using System;
        using Aliyun.OSS;
        class Clients
        {
            static string Env(string name) => Environment.GetEnvironmentVariable(name) ?? "";

            void Create(string endpoint)
            {
                // Whatever the source, environment included: the key itself is long-lived.
                var a = Aliyun.Acs.Core.Profile.DefaultProfile.{|#0:GetProfile("cn-hangzhou", Env("ALIBABA_CLOUD_ACCESS_KEY_ID"), Env("ALIBABA_CLOUD_ACCESS_KEY_SECRET"))|};
                var b = {|#1:new Aliyun.Acs.Core.Auth.BasicCredentials(Env("ID"), Env("SECRET"))|};
                var c = {|#2:new Aliyun.Acs.Core.Auth.AccessKeyCredentialProvider(Env("ID"), Env("SECRET"))|};
                var d = {|#3:new OssClient(endpoint, Env("ID"), Env("SECRET"))|};
                var e = {|#4:new OssClient(endpoint, Env("ID"), Env("SECRET"), new Aliyun.OSS.Common.ClientConfiguration())|};
                var f = {|#5:new Aliyun.Credentials.AccessKeyCredential(Env("ID"), Env("SECRET"))|};
                var g = {|#6:new Aliyun.OSS.Common.Authentication.DefaultCredentials(Env("ID"), Env("SECRET"), null)|};
            }
        }
        """,
        VerifyCS.Diagnostic(Descriptors.LongLivedAccessKey).WithLocation(0).WithArguments("DefaultProfile"),
        VerifyCS.Diagnostic(Descriptors.LongLivedAccessKey).WithLocation(1).WithArguments("BasicCredentials"),
        VerifyCS.Diagnostic(Descriptors.LongLivedAccessKey).WithLocation(2).WithArguments("AccessKeyCredentialProvider"),
        VerifyCS.Diagnostic(Descriptors.LongLivedAccessKey).WithLocation(3).WithArguments("OssClient"),
        VerifyCS.Diagnostic(Descriptors.LongLivedAccessKey).WithLocation(4).WithArguments("OssClient"),
        VerifyCS.Diagnostic(Descriptors.LongLivedAccessKey).WithLocation(5).WithArguments("AccessKeyCredential"),
        VerifyCS.Diagnostic(Descriptors.LongLivedAccessKey).WithLocation(6).WithArguments("DefaultCredentials"));

    [Fact]
    public Task StaticPairInConfigs_Diagnostic() => VerifyCS.VerifyAnalyzerAsync(
        """
        using System;
        class Configs
        {
            void Create(string id, string secret)
            {
                var openApi = {|#0:new AlibabaCloud.OpenApiClient.Models.Config|} { AccessKeyId = id, AccessKeySecret = secret, RegionId = "cn-hangzhou" };
                var later = {|#1:new AlibabaCloud.OpenApiClient.Models.Config()|};
                later.AccessKeyId = id;
                later.AccessKeySecret = secret;
                var credentials = new Aliyun.Credentials.Client({|#2:new Aliyun.Credentials.Models.Config|} { Type = "access_key", AccessKeyId = id, AccessKeySecret = secret });
            }
        }
        """,
        VerifyCS.Diagnostic(Descriptors.LongLivedAccessKey).WithLocation(0).WithArguments("Config"),
        VerifyCS.Diagnostic(Descriptors.LongLivedAccessKey).WithLocation(1).WithArguments("Config"),
        VerifyCS.Diagnostic(Descriptors.LongLivedAccessKey).WithLocation(2).WithArguments("Config"));

    [Fact]
    public Task OssV2StaticPair_Diagnostic() => VerifyCS.VerifyAnalyzerAsync(
        """
        #pragma warning disable CS0618 // StaticCredentialsProvide, the 0.1.1 name
        using System;
        using AlibabaCloud.OSS.V2.Credentials;
        class Storage
        {
            static string Env(string name) => Environment.GetEnvironmentVariable(name) ?? "";

            void Create(AlibabaCloud.OSS.V2.Configuration cfg)
            {
                cfg.CredentialsProvider = {|#0:new StaticCredentialsProvider(Env("OSS_ACCESS_KEY_ID"), Env("OSS_ACCESS_KEY_SECRET"))|};
                var old = {|#1:new StaticCredentialsProvide(Env("ID"), Env("SECRET"))|};
                var func = new CredentialsProviderFunc(() => {|#2:new Credentials(Env("ID"), Env("SECRET"))|});
            }
        }
        """,
        VerifyCS.Diagnostic(Descriptors.LongLivedAccessKey).WithLocation(0).WithArguments("StaticCredentialsProvider"),
        VerifyCS.Diagnostic(Descriptors.LongLivedAccessKey).WithLocation(1).WithArguments("StaticCredentialsProvide"),
        VerifyCS.Diagnostic(Descriptors.LongLivedAccessKey).WithLocation(2).WithArguments("Credentials"));

    [Fact]
    public Task OssV2WithTokenOrFromEnvironment_NoDiagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        using System;
        using AlibabaCloud.OSS.V2.Credentials;
        class Storage
        {
            static string Env(string name) => Environment.GetEnvironmentVariable(name) ?? "";

            void Create(AlibabaCloud.OSS.V2.Configuration cfg, Aliyun.Credentials.Client chain)
            {
                cfg.CredentialsProvider = new EnvironmentVariableCredentialsProvider();
                cfg.CredentialsProvider = new StaticCredentialsProvider(Env("ID"), Env("SECRET"), Env("TOKEN"));
                cfg.CredentialsProvider = new CredentialsProviderFunc(() =>
                {
                    var credential = chain.GetCredential();
                    return new Credentials(credential.AccessKeyId, credential.AccessKeySecret, credential.SecurityToken);
                });
                cfg.CredentialsProvider = new AnonymousCredentialsProvider();
            }
        }
        """);

    [Fact]
    public Task StaticPairInTeaOssAndRpcRoaConfigs_Diagnostic() => VerifyCS.VerifyAnalyzerAsync(
        """
        class Configs
        {
            void Create(string id, string secret)
            {
                var oss = new AlibabaCloud.OSS.Client({|#0:new AlibabaCloud.OSS.Models.Config|} { AccessKeyId = id, AccessKeySecret = secret, Endpoint = "oss-cn-hangzhou.aliyuncs.com" });
                var rpc = new AlibabaCloud.SDK.Ddosbgp20171120.Client({|#1:new AlibabaCloud.RPCClient.Models.Config|} { AccessKeyId = id, AccessKeySecret = secret });
                var roa = {|#2:new AlibabaCloud.ROAClient.Models.Config()|};
                roa.AccessKeyId = id;
                roa.AccessKeySecret = secret;
            }
        }
        """,
        VerifyCS.Diagnostic(Descriptors.LongLivedAccessKey).WithLocation(0).WithArguments("Config"),
        VerifyCS.Diagnostic(Descriptors.LongLivedAccessKey).WithLocation(1).WithArguments("Config"),
        VerifyCS.Diagnostic(Descriptors.LongLivedAccessKey).WithLocation(2).WithArguments("Config"));

    [Fact]
    public Task TeaOssAndRpcRoaConfigsWithTokenOrChain_NoDiagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        class Configs
        {
            void Create(string id, string secret, string token)
            {
                var oss = new AlibabaCloud.OSS.Models.Config { Type = "sts", AccessKeyId = id, AccessKeySecret = secret, SecurityToken = token };
                var rpc = new AlibabaCloud.RPCClient.Models.Config { Credential = new Aliyun.Credentials.Client() };
                var roa = new AlibabaCloud.ROAClient.Models.Config { AccessKeyId = id, AccessKeySecret = secret, SecurityToken = token };
                var onlyId = new AlibabaCloud.RPCClient.Models.Config { AccessKeyId = id };
            }
        }
        """);

    [Fact]
    public Task TemporaryCredentialsAndRoles_NoDiagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        #pragma warning disable CS0612, CS0618
        using Aliyun.OSS;
        class Clients
        {
            void Create(string endpoint, string id, string secret, string token, string roleArn)
            {
                var sts = new OssClient(endpoint, id, secret, token);
                var core = new Aliyun.Acs.Core.Auth.StsCredentialProvider(id, secret, token);
                var session = new Aliyun.Acs.Core.Auth.BasicSessionCredentials(id, secret, token);
                var openApi = new AlibabaCloud.OpenApiClient.Models.Config { AccessKeyId = id, AccessKeySecret = secret, SecurityToken = token };
                var chain = new AlibabaCloud.OpenApiClient.Models.Config { Credential = new Aliyun.Credentials.Client(), RegionId = "cn-hangzhou" };
                var role = new Aliyun.Credentials.Client(new Aliyun.Credentials.Models.Config { Type = "ram_role_arn", AccessKeyId = id, AccessKeySecret = secret, RoleArn = roleArn });
                var ecs = new Aliyun.Credentials.Client(new Aliyun.Credentials.Models.Config { Type = "ecs_ram_role", RoleName = "worker" });
                var provider = new Aliyun.Acs.Core.Auth.Provider.DefaultCredentialProvider();
                var regionOnly = Aliyun.Acs.Core.Profile.DefaultProfile.GetProfile("cn-hangzhou");
                var withToken = new Aliyun.OSS.Common.Authentication.DefaultCredentials(id, secret, token);
                var half = new AlibabaCloud.OpenApiClient.Models.Config { AccessKeyId = id };
            }
        }
        """);

    [Fact]
    public Task NoSdkReferenced_NoDiagnostic() => VerifyCS.VerifyAnalyzerAsync(
        "class BasicCredentials { BasicCredentials(string accessKeyId, string accessKeySecret) { } static object M() => new BasicCredentials(\"a\", \"b\"); }",
        referenceSdk: false);
}
