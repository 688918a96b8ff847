using Xunit;
using VerifyCS = RamSecurity.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<RamSecurity.Analyzers.Credentials.RootAccountCredentialAnalyzer>;

namespace RamSecurity.Analyzers.Tests.Rules;

public class RAM004RootAccountCredentialTests
{
    [Theory]
    [InlineData("rootAccessKeyId", "rootAccessKeySecret")]
    [InlineData("mainAccountKeyId", "mainAccountSecret")]
    [InlineData("masterAccountId", "masterAccountSecret")]
    [InlineData("primaryAccountAk", "primaryAccountSk")]
    [InlineData("ROOT_AK", "ROOT_SK")]
    public Task RootNamedParameters_OneDiagnosticPerCall(string id, string secret) => VerifyCS.VerifyAnalyzerAsync(
        $$"""
        using Aliyun.OSS;
        class Clients
        {
            OssClient Create(string endpoint, string {{id}}, string {{secret}}) => {|#0:new OssClient(endpoint, {{id}}, {{secret}})|};
        }
        """,
        VerifyCS.Diagnostic(Descriptors.RootAccountCredential).WithLocation(0).WithArguments(id, "OssClient"));

    [Fact]
    public Task RootNamedKeysRead_AtRunTime_Diagnostic() => VerifyCS.VerifyAnalyzerAsync(
        """
        using System;
        using System.Collections.Generic;
        using Aliyun.Acs.Core.Profile;
        class Setup
        {
            private readonly Dictionary<string, string> _configuration = new();
            private readonly Settings _settings = new();

            void Create()
            {
                var a = DefaultProfile.{|#0:GetProfile("cn-hangzhou", Environment.GetEnvironmentVariable("ALIYUN_ROOT_ACCESS_KEY_ID"), Environment.GetEnvironmentVariable("ALIYUN_ROOT_ACCESS_KEY_SECRET"))|};
                var b = {|#1:new AlibabaCloud.OpenApiClient.Models.Config|} { AccessKeyId = _configuration["RootAccount:AccessKeyId"], AccessKeySecret = _configuration["RootAccount:AccessKeySecret"] };
                var c = {|#2:new Aliyun.Acs.Core.Auth.BasicCredentials(_settings.MainAccount.Id, _settings.MainAccount.Secret)|};
                var secret = Environment.GetEnvironmentVariable("MASTER_ACCOUNT_SECRET") ?? "";
                var d = {|#3:new Aliyun.Acs.Core.Auth.AccessKeyCredentialProvider("id", secret)|};
                var config = new AlibabaCloud.OpenApiClient.Models.Config();
                {|#4:config.AccessKeySecret = _settings.MainAccount.Secret|};
            }

            class Settings { public Account MainAccount { get; } = new(); }
            class Account { public string Id { get; } = ""; public string Secret { get; } = ""; }
        }
        """,
        VerifyCS.Diagnostic(Descriptors.RootAccountCredential).WithLocation(0).WithArguments("ALIYUN_ROOT_ACCESS_KEY_ID", "DefaultProfile"),
        VerifyCS.Diagnostic(Descriptors.RootAccountCredential).WithLocation(1).WithArguments("RootAccount:AccessKeyId", "Config"),
        VerifyCS.Diagnostic(Descriptors.RootAccountCredential).WithLocation(2).WithArguments("MainAccount", "BasicCredentials"),
        VerifyCS.Diagnostic(Descriptors.RootAccountCredential).WithLocation(3).WithArguments("MASTER_ACCOUNT_SECRET", "AccessKeyCredentialProvider"),
        VerifyCS.Diagnostic(Descriptors.RootAccountCredential).WithLocation(4).WithArguments("MainAccount", "Config"));

    [Fact]
    public Task MasterNamedKeysWithoutTheWordAccount_Diagnostic() => VerifyCS.VerifyAnalyzerAsync(
        """
        using System;
        using Aliyun.OSS;
        class Setup
        {
            private readonly Settings _settings = new();

            Aliyun.Credentials.Client Credentials() => new Aliyun.Credentials.Client({|#0:new Aliyun.Credentials.Models.Config|}
            {
                Type = "access_key",
                AccessKeyId = _settings.MasterAccessKeyId,
                AccessKeySecret = _settings.MasterAccessKeySecret,
            });

            OssClient Storage() => {|#1:new OssClient("https://oss-cn-hangzhou.aliyuncs.com", Environment.GetEnvironmentVariable("ALIYUN_MASTER_ACCESS_KEY_ID"), Environment.GetEnvironmentVariable("ALIYUN_MASTER_ACCESS_KEY_SECRET"))|};

            class Settings { public string MasterAccessKeyId { get; } = ""; public string MasterAccessKeySecret { get; } = ""; }
        }
        """,
        VerifyCS.Diagnostic(Descriptors.RootAccountCredential).WithLocation(0).WithArguments("MasterAccessKeyId", "Config"),
        VerifyCS.Diagnostic(Descriptors.RootAccountCredential).WithLocation(1).WithArguments("ALIYUN_MASTER_ACCESS_KEY_ID", "OssClient"));

    [Fact]
    public Task PrimaryKeysAndMasterSecrets_AreNotTheAccount_NoDiagnostic() => VerifyCS.VerifyAnalyzerAsync(
        """
        using Aliyun.OSS;
        class Clients
        {
            OssClient Create(string endpoint, string primaryKey, string masterSecret) => new OssClient(endpoint, primaryKey, masterSecret);
        }
        """);

    [Fact]
    public Task OtherMeaningsOfRoot_NoDiagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        using System;
        using Aliyun.OSS;
        class Clients
        {
            OssClient Create(string rootPath, string contentRootPath, string webRootUrl, string rootDirectory, string accessKeyId, string accessKeySecret)
            {
                // "root" as a path, a folder, a URL: not the account. The endpoint is not a credential member either.
                var endpoint = rootPath + contentRootPath + webRootUrl + rootDirectory;
                return new OssClient(endpoint, accessKeyId, accessKeySecret);
            }

            OssClient FromConfiguration(Func<string, string> configuration) =>
                new OssClient(configuration("Storage:RootUrl"), configuration("RamUser:AccessKeyId"), configuration("RamUser:AccessKeySecret"));

            void Token(string rootAccessKeyId, string id, string secret) =>
                // A root-named value that is not an AccessKey (here the token position) is not this rule's.
                new Aliyun.Acs.Core.Auth.StsCredentialProvider(id, secret, rootAccessKeyId);
        }
        """);

    [Fact]
    public Task ValuesAreNotNames_NoDiagnosticAndNothingShown() => VerifyCS.VerifyAnalyzerAsync("""
        using Aliyun.OSS;
        class Clients
        {
            static string Decrypt(string cipher) => cipher;

            // A literal is the value itself (RAM001/RAM002 judge it), and a constant that holds a key is never shown as a name.
            OssClient Direct(string endpoint, string secret) => new OssClient(endpoint, "root_access_key_id", secret);
            OssClient Wrapped(string endpoint, string secret) => new OssClient(endpoint, Decrypt("root-access-key-LTAI5tFakeExampleKey0001"), secret);
        }
        """);

    [Fact]
    public Task ConfigurationRootsAndTreeRoots_NoDiagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        using System.Collections.Generic;
        using Aliyun.OSS;
        class Clients
        {
            // "root" as a configuration root or a tree's root, not the account.
            OssClient FromRoot(IDictionary<string, string> root, IDictionary<string, string> configRoot, IDictionary<string, string> configurationRoot) =>
                new OssClient("https://oss-cn-hangzhou.aliyuncs.com", root["Aliyun:AccessKeyId"], configRoot["Aliyun:AccessKeySecret"] + configurationRoot["x"]);
        }
        """);

    [Theory]
    [InlineData("Aliyun.Acs.Ram.Model.V20150501.CreateAccessKeyRequest")]
    [InlineData("AlibabaCloud.SDK.Ram20150501.Models.CreateAccessKeyRequest")]
    public Task CreateAccessKeyWithoutUserName_Diagnostic(string type) => VerifyCS.VerifyAnalyzerAsync(
        $$"""
        class Keys
        {
            void Create(Aliyun.Acs.Core.IAcsClient v1, AlibabaCloud.SDK.Ram20150501.Client v2)
            {
                v1.GetAcsResponse({|#0:new Aliyun.Acs.Ram.Model.V20150501.CreateAccessKeyRequest()|});
                v2.CreateAccessKey({|#1:new AlibabaCloud.SDK.Ram20150501.Models.CreateAccessKeyRequest()|} { UserName = "" });
                var request = {|#2:new {{type}}()|};
                request.UserName = null;
                Send(v1, v2, request);
            }

            void Send(Aliyun.Acs.Core.IAcsClient v1, AlibabaCloud.SDK.Ram20150501.Client v2, Aliyun.Acs.Ram.Model.V20150501.CreateAccessKeyRequest r) => v1.GetAcsResponse(r);
            void Send(Aliyun.Acs.Core.IAcsClient v1, AlibabaCloud.SDK.Ram20150501.Client v2, AlibabaCloud.SDK.Ram20150501.Models.CreateAccessKeyRequest r) => v2.CreateAccessKey(r);
        }
        """,
        VerifyCS.Diagnostic(Descriptors.RootAccountAccessKeyCreated).WithLocation(0).WithArguments("CreateAccessKeyRequest", "UserName"),
        VerifyCS.Diagnostic(Descriptors.RootAccountAccessKeyCreated).WithLocation(1).WithArguments("CreateAccessKeyRequest", "UserName"));

    [Fact]
    public Task ImsCreateAccessKeyWithoutUserPrincipalName_Diagnostic() => VerifyCS.VerifyAnalyzerAsync(
        """
        class Keys
        {
            void Create(Aliyun.Acs.Core.IAcsClient v1, AlibabaCloud.SDK.Ims20190815.Client v2)
            {
                v1.GetAcsResponse({|#0:new Aliyun.Acs.Ims.Model.V20190815.CreateAccessKeyRequest()|});
                v2.CreateAccessKey({|#1:new AlibabaCloud.SDK.Ims20190815.Models.CreateAccessKeyRequest()|} { UserPrincipalName = "" });
            }
        }
        """,
        VerifyCS.Diagnostic(Descriptors.RootAccountAccessKeyCreated).WithLocation(0).WithArguments("CreateAccessKeyRequest", "UserPrincipalName"),
        VerifyCS.Diagnostic(Descriptors.RootAccountAccessKeyCreated).WithLocation(1).WithArguments("CreateAccessKeyRequest", "UserPrincipalName"));

    [Fact]
    public Task ImsCreateAccessKeyForANamedUser_NoDiagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        class Keys
        {
            void Create(Aliyun.Acs.Core.IAcsClient v1, AlibabaCloud.SDK.Ims20190815.Client v2, string user)
            {
                v1.GetAcsResponse(new Aliyun.Acs.Ims.Model.V20190815.CreateAccessKeyRequest { UserPrincipalName = "deploy-bot@demo.onaliyun.com" });
                var later = new AlibabaCloud.SDK.Ims20190815.Models.CreateAccessKeyRequest();
                later.UserPrincipalName = user;
                v2.CreateAccessKey(later);
            }
        }
        """);

    [Fact]
    public Task CreateAccessKeyForANamedUser_NoDiagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        class Keys
        {
            void Create(Aliyun.Acs.Core.IAcsClient v1, AlibabaCloud.SDK.Ram20150501.Client v2, string userName)
            {
                v1.GetAcsResponse(new Aliyun.Acs.Ram.Model.V20150501.CreateAccessKeyRequest { UserName = "deploy-bot" });
                v2.CreateAccessKey(new AlibabaCloud.SDK.Ram20150501.Models.CreateAccessKeyRequest { UserName = userName });
                var later = new AlibabaCloud.SDK.Ram20150501.Models.CreateAccessKeyRequest();
                later.UserName = userName;
                v2.CreateAccessKey(later);
            }

            // A factory: the caller names the user.
            AlibabaCloud.SDK.Ram20150501.Models.CreateAccessKeyRequest Request() => new AlibabaCloud.SDK.Ram20150501.Models.CreateAccessKeyRequest();
        }
        """);

    [Fact]
    public Task NoSdkReferenced_NoDiagnostic() => VerifyCS.VerifyAnalyzerAsync(
        "class OssClient { OssClient(string rootAccessKeyId) { } static OssClient Create(string rootAccessKeyId) => new OssClient(rootAccessKeyId); }",
        referenceSdk: false);
}
