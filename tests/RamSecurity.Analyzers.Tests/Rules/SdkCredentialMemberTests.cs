using System.Text.RegularExpressions;
using RamSecurity.Analyzers.Sdk;
using Xunit;
using VerifyCS = RamSecurity.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<RamSecurity.Analyzers.Credentials.HardcodedCredentialAnalyzer>;

namespace RamSecurity.Analyzers.Tests.Rules;

/// <summary>
/// RAM001-RAM003 rule (a), row by row of the SDK table: a constant reaching the member is reported with the
/// member's rule, and a value read at run time in the same place is not. A coverage test keeps table and cases together.
/// </summary>
public class SdkCredentialMemberTests
{
    private const string CoreAuth = "Aliyun.Acs.Core.Auth.";
    private const string Credentials = "Aliyun.Credentials.";
    private const string RoleProvider = "Aliyun.Credentials.Provider.RamRoleArnCredentialProvider";
    private const string OssCredentials = "Aliyun.OSS.Common.Authentication.DefaultCredentials";
    private const string OssV2 = "AlibabaCloud.OSS.V2.Credentials.";
    private const string OpenApiUtil = "AlibabaCloud.OpenApiUtil.Client";
    private const string Signer = "Aliyun.Acs.Core.Auth.Signer";

    /// <summary>Table row (type, member, parameter) to a statement that passes a constant there; <c>s</c> is a string read at run time.</summary>
    private static readonly Dictionary<string, string> Cases = new()
    {
        ["Aliyun.Acs.Core.Profile.DefaultProfile.GetProfile(accessKeyId)"] = """_ = Aliyun.Acs.Core.Profile.DefaultProfile.GetProfile("cn-hangzhou", {|RAM001:"placeholder"|}, s);""",
        ["Aliyun.Acs.Core.Profile.DefaultProfile.GetProfile(secret)"] = """_ = Aliyun.Acs.Core.Profile.DefaultProfile.GetProfile("cn-hangzhou", s, {|RAM002:"placeholder"|});""",
        [CoreAuth + "BasicCredentials..ctor(accessKeyId)"] = $$"""_ = new {{CoreAuth}}BasicCredentials({|RAM001:"placeholder"|}, s);""",
        [CoreAuth + "BasicCredentials..ctor(accessKeySecret)"] = $$"""_ = new {{CoreAuth}}BasicCredentials(s, {|RAM002:"placeholder"|});""",
        [CoreAuth + "BasicSessionCredentials..ctor(accessKeyId)"] = $$"""_ = new {{CoreAuth}}BasicSessionCredentials({|RAM001:"placeholder"|}, s, s);""",
        [CoreAuth + "BasicSessionCredentials..ctor(accessKeySecret)"] = $$"""_ = new {{CoreAuth}}BasicSessionCredentials(s, {|RAM002:"placeholder"|}, s);""",
        [CoreAuth + "BasicSessionCredentials..ctor(sessionToken)"] = $$"""_ = new {{CoreAuth}}BasicSessionCredentials(s, s, {|RAM003:"placeholder"|}, 900);""",
        [CoreAuth + "InstanceProfileCredentials..ctor(accessKeyId)"] = $$"""_ = new {{CoreAuth}}InstanceProfileCredentials({|RAM001:"placeholder"|}, s, s, s, 900);""",
        [CoreAuth + "InstanceProfileCredentials..ctor(accessKeySecret)"] = $$"""_ = new {{CoreAuth}}InstanceProfileCredentials(s, {|RAM002:"placeholder"|}, s, s, 900);""",
        [CoreAuth + "InstanceProfileCredentials..ctor(sessionToken)"] = $$"""_ = new {{CoreAuth}}InstanceProfileCredentials(s, s, {|RAM003:"placeholder"|}, s, 900);""",
        [CoreAuth + "Credential..ctor(keyId)"] = $$"""_ = new {{CoreAuth}}Credential({|RAM001:"placeholder"|}, s);""",
        [CoreAuth + "Credential..ctor(secret)"] = $$"""_ = new {{CoreAuth}}Credential(s, {|RAM002:"placeholder"|}, 1);""",
        [CoreAuth + "Credential..ctor(securityToken)"] = $$"""_ = new {{CoreAuth}}Credential(s, s, {|RAM003:"placeholder"|}, 1);""",
        [CoreAuth + "Credential.AccessKeyId()"] = $$"""_ = new {{CoreAuth}}Credential { AccessKeyId = {|RAM001:"placeholder"|} };""",
        [CoreAuth + "Credential.AccessSecret()"] = $$"""var c = new {{CoreAuth}}Credential(); c.AccessSecret = {|RAM002:"placeholder"|};""",
        [CoreAuth + "Credential.SecurityToken()"] = $$"""_ = new {{CoreAuth}}Credential { SecurityToken = {|RAM003:"placeholder"|} };""",
        [CoreAuth + "AccessKeyCredentialProvider..ctor(accessKeyId)"] = $$"""_ = new {{CoreAuth}}AccessKeyCredentialProvider({|RAM001:"placeholder"|}, s);""",
        [CoreAuth + "AccessKeyCredentialProvider..ctor(accessKeySecret)"] = $$"""_ = new {{CoreAuth}}AccessKeyCredentialProvider(accessKeySecret: {|RAM002:"placeholder"|}, accessKeyId: s);""",
        [CoreAuth + "StsCredentialProvider..ctor(accessKeyId)"] = $$"""_ = new {{CoreAuth}}StsCredentialProvider({|RAM001:"placeholder"|}, s, s);""",
        [CoreAuth + "StsCredentialProvider..ctor(accessKeySecret)"] = $$"""_ = new {{CoreAuth}}StsCredentialProvider(s, {|RAM002:"placeholder"|}, s);""",
        [CoreAuth + "StsCredentialProvider..ctor(securityToken)"] = $$"""_ = new {{CoreAuth}}StsCredentialProvider(s, s, {|RAM003:"placeholder"|});""",
        ["Aliyun.Acs.Core.AcsRequest`1.SecurityToken()"] = """_ = new Aliyun.Acs.Sts.Model.V20150401.AssumeRoleRequest { SecurityToken = {|RAM003:"placeholder"|} };""",
        ["AlibabaCloud.OpenApiClient.Models.Config.AccessKeyId()"] = """_ = new AlibabaCloud.OpenApiClient.Models.Config { AccessKeyId = {|RAM001:"placeholder"|} };""",
        ["AlibabaCloud.OpenApiClient.Models.Config.AccessKeySecret()"] = """_ = new AlibabaCloud.OpenApiClient.Models.Config { AccessKeySecret = {|RAM002:"placeholder"|} };""",
        ["AlibabaCloud.OpenApiClient.Models.Config.SecurityToken()"] = """_ = new AlibabaCloud.OpenApiClient.Models.Config { SecurityToken = {|RAM003:"placeholder"|} };""",
        [Credentials + "Models.Config.AccessKeyId()"] = $$"""_ = new {{Credentials}}Models.Config { Type = "access_key", AccessKeyId = {|RAM001:"placeholder"|} };""",
        [Credentials + "Models.Config.AccessKeySecret()"] = $$"""_ = new {{Credentials}}Models.Config { AccessKeySecret = {|RAM002:"placeholder"|} };""",
        [Credentials + "Models.Config.SecurityToken()"] = $$"""_ = new {{Credentials}}Models.Config { SecurityToken = {|RAM003:"placeholder"|} };""",
        [Credentials + "Models.CredentialModel.AccessKeyId()"] = $$"""_ = new {{Credentials}}Models.CredentialModel { AccessKeyId = {|RAM001:"placeholder"|} };""",
        [Credentials + "Models.CredentialModel.AccessKeySecret()"] = $$"""_ = new {{Credentials}}Models.CredentialModel { AccessKeySecret = {|RAM002:"placeholder"|} };""",
        [Credentials + "Models.CredentialModel.SecurityToken()"] = $$"""_ = new {{Credentials}}Models.CredentialModel { SecurityToken = {|RAM003:"placeholder"|} };""",
        [RoleProvider + "..ctor(accessKeyId)"] = $$"""_ = new {{RoleProvider}}({|RAM001:"placeholder"|}, s, s);""",
        [RoleProvider + "..ctor(accessKeySecret)"] = $$"""_ = new {{RoleProvider}}(s, {|RAM002:"placeholder"|}, s, s, s, s);""",
        [RoleProvider + "+Builder.AccessKeyId(accessKeyId)"] = $$"""_ = new {{RoleProvider}}.Builder().AccessKeyId({|RAM001:"placeholder"|});""",
        [RoleProvider + "+Builder.AccessKeySecret(accessKeySecret)"] = $$"""_ = new {{RoleProvider}}.Builder().RoleArn(s).AccessKeySecret({|RAM002:"placeholder"|}).Build();""",
        [RoleProvider + "+Builder.SecurityToken(securityToken)"] = $$"""_ = new {{RoleProvider}}.Builder().SecurityToken({|RAM003:"placeholder"|});""",
        [Credentials + "AccessKeyCredential..ctor(accessKeyId)"] = $$"""_ = new {{Credentials}}AccessKeyCredential({|RAM001:"placeholder"|}, s);""",
        [Credentials + "AccessKeyCredential..ctor(accessKeySecret)"] = $$"""_ = new {{Credentials}}AccessKeyCredential(s, {|RAM002:"placeholder"|});""",
        [Credentials + "StsCredential..ctor(accessKeyId)"] = $$"""_ = new {{Credentials}}StsCredential({|RAM001:"placeholder"|}, s, s);""",
        [Credentials + "StsCredential..ctor(accessKeySecret)"] = $$"""_ = new {{Credentials}}StsCredential(s, {|RAM002:"placeholder"|}, s);""",
        [Credentials + "StsCredential..ctor(securityToken)"] = $$"""_ = new {{Credentials}}StsCredential(s, s, {|RAM003:"placeholder"|});""",
        [Credentials + "RamRoleArnCredential..ctor(accessKeyId)"] = $$"""_ = new {{Credentials}}RamRoleArnCredential({|RAM001:"placeholder"|}, s, s, 0, null!);""",
        [Credentials + "RamRoleArnCredential..ctor(accessKeySecret)"] = $$"""_ = new {{Credentials}}RamRoleArnCredential(s, {|RAM002:"placeholder"|}, s, 0, null!);""",
        [Credentials + "RamRoleArnCredential..ctor(securityToken)"] = $$"""_ = new {{Credentials}}RamRoleArnCredential(s, s, {|RAM003:"placeholder"|}, 0, null!);""",
        [Credentials + "EcsRamRoleCredential..ctor(accessKeyId)"] = $$"""_ = new {{Credentials}}EcsRamRoleCredential({|RAM001:"placeholder"|}, s, s, 0, null!);""",
        [Credentials + "EcsRamRoleCredential..ctor(accessKeySecret)"] = $$"""_ = new {{Credentials}}EcsRamRoleCredential(s, {|RAM002:"placeholder"|}, s, 0, null!);""",
        [Credentials + "EcsRamRoleCredential..ctor(securityToken)"] = $$"""_ = new {{Credentials}}EcsRamRoleCredential(s, s, {|RAM003:"placeholder"|}, 0, null!);""",
        ["Aliyun.OSS.OssClient..ctor(accessKeyId)"] = """_ = new Aliyun.OSS.OssClient("https://oss-cn-hangzhou.aliyuncs.com", {|RAM001:"placeholder"|}, s);""",
        ["Aliyun.OSS.OssClient..ctor(accessKeySecret)"] = """_ = new Aliyun.OSS.OssClient(new System.Uri(s), s, {|RAM002:"placeholder"|}, new Aliyun.OSS.Common.ClientConfiguration());""",
        ["Aliyun.OSS.OssClient..ctor(securityToken)"] = """_ = new Aliyun.OSS.OssClient("https://oss-cn-hangzhou.aliyuncs.com", s, s, {|RAM003:"placeholder"|});""",
        [OssCredentials + "..ctor(accessKeyId)"] = $$"""_ = new {{OssCredentials}}({|RAM001:"placeholder"|}, s, null);""",
        [OssCredentials + "..ctor(accessKeySecret)"] = $$"""_ = new {{OssCredentials}}(s, {|RAM002:"placeholder"|}, null);""",
        [OssCredentials + "..ctor(securityToken)"] = $$"""_ = new {{OssCredentials}}(s, s, {|RAM003:"placeholder"|});""",

        // Bearer tokens (RAM003, its bearer-token message).
        [CoreAuth + "BearerTokenCredential..ctor(bearerToken)"] = $$"""_ = new {{CoreAuth}}BearerTokenCredential({|RAM003:"placeholder"|});""",
        [CoreAuth + "BearerTokenCredentialProvider..ctor(bearerToken)"] = $$"""_ = new {{CoreAuth}}BearerTokenCredentialProvider({|RAM003:"placeholder"|});""",
        ["AlibabaCloud.OpenApiClient.Models.Config.BearerToken()"] = """_ = new AlibabaCloud.OpenApiClient.Models.Config { BearerToken = {|RAM003:"placeholder"|} };""",
        [Credentials + "Models.Config.BearerToken()"] = $$"""_ = new {{Credentials}}Models.Config { Type = "bearer", BearerToken = {|RAM003:"placeholder"|} };""",
        [Credentials + "Models.CredentialModel.BearerToken()"] = $$"""_ = new {{Credentials}}Models.CredentialModel { BearerToken = {|RAM003:"placeholder"|} };""",
        [Credentials + "BearerTokenCredential..ctor(bearerToken)"] = $$"""_ = new {{Credentials}}BearerTokenCredential({|RAM003:"placeholder"|});""",
        [Credentials + "Provider.CloudSSOCredentialProvider+Builder.AccessToken(accessToken)"] = $$"""_ = new {{Credentials}}Provider.CloudSSOCredentialProvider.Builder().SignInUrl(s).AccessToken({|RAM003:"placeholder"|}).Build();""",
        [Credentials + "Provider.OAuthCredentialProvider+Builder.AccessToken(accessToken)"] = $$"""_ = new {{Credentials}}Provider.OAuthCredentialProvider.Builder().AccessToken({|RAM003:"placeholder"|});""",
        [Credentials + "Provider.OAuthCredentialProvider+Builder.RefreshToken(refreshToken)"] = $$"""_ = new {{Credentials}}Provider.OAuthCredentialProvider.Builder().ClientId(s).RefreshToken({|RAM003:"placeholder"|}).Build();""",

        // Signing helpers that take the secret (RAM002) or the ID (RAM001).
        [Signer + ".SignString(accessKeySecret)"] = $$"""{{Signer}} signer = null!; _ = signer.SignString(s, {|RAM002:"placeholder"|});""",
        [CoreAuth + "BearerTokenSigner.SignString(accessKeySecret)"] = $$"""_ = new {{CoreAuth}}BearerTokenSigner().SignString(s, {|RAM002:"placeholder"|});""",
        ["Aliyun.Acs.Core.HmacSHA1Signer.SignString(accessKeySecret)"] = """_ = new Aliyun.Acs.Core.HmacSHA1Signer().SignString(s, accessKeySecret: {|RAM002:"placeholder"|});""",
        [CoreAuth + "ISigner.SignString(accessSecret)"] = $$"""{{CoreAuth}}ISigner signer = new {{CoreAuth}}ShaHmac1(); _ = signer.SignString(s, {|RAM002:"placeholder"|});""",
        [CoreAuth + "ShaHmac1.SignString(accessSecret)"] = $$"""_ = new {{CoreAuth}}ShaHmac1().SignString(s, {|RAM002:"placeholder"|});""",
        [CoreAuth + "ShaHmac256.SignString(accessSecret)"] = $$"""_ = new {{CoreAuth}}ShaHmac256().SignString(s, {|RAM002:"placeholder"|});""",
        [CoreAuth + "ISignatureComposer.RefreshSignParameters(accessKeyId)"] = $$"""_ = {{CoreAuth}}RpcSignatureComposer.GetComposer().RefreshSignParameters(new(), null!, {|RAM001:"placeholder"|}, null);""",
        [CoreAuth + "RpcSignatureComposer.RefreshSignParameters(accessKeyId)"] = $$"""_ = new {{CoreAuth}}RpcSignatureComposer().RefreshSignParameters(new(), null!, {|RAM001:"placeholder"|}, null);""",
        [CoreAuth + "RoaSignatureComposer.RefreshSignParameters(accessKeyId)"] = $$"""_ = new {{CoreAuth}}RoaSignatureComposer().RefreshSignParameters(new(), null!, {|RAM001:"placeholder"|}, null);""",
        [Credentials + "Utils.ParameterHelper.SignString(accessSecret)"] = $$"""_ = {{Credentials}}Utils.ParameterHelper.SignString(s, {|RAM002:"placeholder"|});""",
        [OpenApiUtil + ".GetROASignature(secret)"] = $$"""_ = {{OpenApiUtil}}.GetROASignature(s, {|RAM002:"placeholder"|});""",
        [OpenApiUtil + ".GetRPCSignature(secret)"] = $$"""_ = {{OpenApiUtil}}.GetRPCSignature(new(), "GET", {|RAM002:"placeholder"|});""",
        [OpenApiUtil + ".GetAuthorization(acesskey)"] = $$"""_ = {{OpenApiUtil}}.GetAuthorization(new Tea.TeaRequest(), "ACS3-HMAC-SHA256", s, {|RAM001:"placeholder"|}, s);""",
        [OpenApiUtil + ".GetAuthorization(accessKeySecret)"] = $$"""_ = {{OpenApiUtil}}.GetAuthorization(new Tea.TeaRequest(), "ACS3-HMAC-SHA256", s, s, {|RAM002:"placeholder"|});""",

        // Aliyun.Credentials' environment overrides: an assignment wins over the environment.
        [Credentials + "Utils.AuthUtils.EnvironmentAccessKeyId()"] = $$"""{{Credentials}}Utils.AuthUtils.EnvironmentAccessKeyId = {|RAM001:"placeholder"|};""",
        [Credentials + "Utils.AuthUtils.EnvironmentAccesskeySecret()"] = $$"""{{Credentials}}Utils.AuthUtils.EnvironmentAccesskeySecret = {|RAM002:"placeholder"|};""",
        [Credentials + "Utils.AuthUtils.EnvironmentSecurityToken()"] = $$"""{{Credentials}}Utils.AuthUtils.EnvironmentSecurityToken = {|RAM003:"placeholder"|};""",

        // The Tea-based OSS SDK and the Tea RPC/ROA clients.
        ["AlibabaCloud.OSS.Models.Config.AccessKeyId()"] = """_ = new AlibabaCloud.OSS.Models.Config { AccessKeyId = {|RAM001:"placeholder"|} };""",
        ["AlibabaCloud.OSS.Models.Config.AccessKeySecret()"] = """_ = new AlibabaCloud.OSS.Models.Config { AccessKeySecret = {|RAM002:"placeholder"|} };""",
        ["AlibabaCloud.OSS.Models.Config.SecurityToken()"] = """_ = new AlibabaCloud.OSS.Models.Config { Type = "sts", SecurityToken = {|RAM003:"placeholder"|} };""",
        ["AlibabaCloud.OSS.Models.PostObjectRequest+PostObjectRequestHeader.AccessKeyId()"] = """_ = new AlibabaCloud.OSS.Models.PostObjectRequest.PostObjectRequestHeader { AccessKeyId = {|RAM001:"placeholder"|} };""",
        ["AlibabaCloud.RPCClient.Models.Config.AccessKeyId()"] = """_ = new AlibabaCloud.RPCClient.Models.Config { AccessKeyId = {|RAM001:"placeholder"|} };""",
        ["AlibabaCloud.RPCClient.Models.Config.AccessKeySecret()"] = """var c = new AlibabaCloud.RPCClient.Models.Config(); c.AccessKeySecret = {|RAM002:"placeholder"|};""",
        ["AlibabaCloud.RPCClient.Models.Config.SecurityToken()"] = """_ = new AlibabaCloud.RPCClient.Models.Config { SecurityToken = {|RAM003:"placeholder"|} };""",
        ["AlibabaCloud.ROAClient.Models.Config.AccessKeyId()"] = """_ = new AlibabaCloud.SDK.CS20180418.Client(new AlibabaCloud.ROAClient.Models.Config { AccessKeyId = {|RAM001:"placeholder"|} });""",
        ["AlibabaCloud.ROAClient.Models.Config.AccessKeySecret()"] = """_ = new AlibabaCloud.ROAClient.Models.Config { AccessKeySecret = {|RAM002:"placeholder"|} };""",
        ["AlibabaCloud.ROAClient.Models.Config.SecurityToken()"] = """_ = new AlibabaCloud.ROAClient.Models.Config { SecurityToken = {|RAM003:"placeholder"|} };""",

        // OSS SDK V2.
        [OssV2 + "StaticCredentialsProvider..ctor(accessKeyId)"] = $$"""_ = new {{OssV2}}StaticCredentialsProvider({|RAM001:"placeholder"|}, s);""",
        [OssV2 + "StaticCredentialsProvider..ctor(accessKeySecret)"] = $$"""_ = new {{OssV2}}StaticCredentialsProvider(s, {|RAM002:"placeholder"|}, s);""",
        [OssV2 + "StaticCredentialsProvider..ctor(securityToken)"] = $$"""_ = new {{OssV2}}StaticCredentialsProvider(s, s, {|RAM003:"placeholder"|});""",
        [OssV2 + "StaticCredentialsProvide..ctor(accessKeyId)"] = $$"""_ = new {{OssV2}}StaticCredentialsProvide({|RAM001:"placeholder"|}, s, s);""",
        [OssV2 + "StaticCredentialsProvide..ctor(accessKeySecret)"] = $$"""_ = new {{OssV2}}StaticCredentialsProvide(s, {|RAM002:"placeholder"|});""",
        [OssV2 + "StaticCredentialsProvide..ctor(securityToken)"] = $$"""_ = new {{OssV2}}StaticCredentialsProvide(s, s, {|RAM003:"placeholder"|});""",
        [OssV2 + "Credentials..ctor(accessKeyId)"] = $$"""_ = new {{OssV2}}Credentials({|RAM001:"placeholder"|}, s);""",
        [OssV2 + "Credentials..ctor(accessKeySecret)"] = $$"""_ = new {{OssV2}}Credentials(s, {|RAM002:"placeholder"|}, s, null);""",
        [OssV2 + "Credentials..ctor(securityToken)"] = $$"""_ = new {{OssV2}}Credentials(s, s, {|RAM003:"placeholder"|});""",
    };

    /// <summary>A product request's own credential property, matched by shape (V1 and V2), one case per product stand-in.</summary>
    private static readonly Dictionary<string, string> RequestCases = new()
    {
        ["V1 r-kvstore SecurityToken"] = """_ = new Aliyun.Acs.R_kvstore.Model.V20150101.AllocateDirectConnectionRequest { InstanceId = s, SecurityToken = {|RAM003:"placeholder"|} };""",
        ["V1 cdn SecurityToken"] = """var request = new Aliyun.Acs.Cdn.Model.V20180510.DescribeCdnServiceRequest(); request.SecurityToken = {|RAM003:"placeholder"|};""",
        ["V1 live SecurityToken"] = """_ = new Aliyun.Acs.live.Model.V20161101.DescribeLiveDomainDetailRequest { DomainName = s, SecurityToken = {|RAM003:"placeholder"|} };""",
        ["V2 r-kvstore SecurityToken"] = """_ = new AlibabaCloud.SDK.R_kvstore20150101.Models.AllocateDirectConnectionRequest { SecurityToken = {|RAM003:"placeholder"|} };""",
        ["V2 cdn SecurityToken"] = """_ = new AlibabaCloud.SDK.Cdn20180510.Models.DescribeCdnServiceRequest { SecurityToken = {|RAM003:"placeholder"|} };""",
        ["V2 live SecurityToken"] = """_ = new AlibabaCloud.SDK.Live20161101.Models.DescribeLiveDomainDetailRequest { SecurityToken = {|RAM003:"placeholder"|} };""",
        ["V2 adp AccessKeyID"] = """_ = new AlibabaCloud.SDK.Adp20210720.Models.InitEnvironmentResourceRequest { AccessKeyID = {|RAM001:"placeholder"|} };""",
        ["V2 adp AccessKeySecret"] = """_ = new AlibabaCloud.SDK.Adp20210720.Models.InitEnvironmentResourceRequest { AccessKeySecret = {|RAM002:"placeholder"|} };""",
        ["V2 adp SecurityToken"] = """_ = new AlibabaCloud.SDK.Adp20210720.Models.InitEnvironmentResourceRequest { SecurityToken = {|RAM003:"placeholder"|} };""",
        ["V2 slb AccessKeyId"] = """_ = new AlibabaCloud.SDK.Slb20130221.Models.DescribeRegionsRequest { AccessKeyId = {|RAM001:"placeholder"|} };""",
    };

    public static TheoryData<string> Rows() => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Rows))]
    public Task ConstantReachingMember_Diagnostic(string row) => VerifyCS.VerifyAnalyzerAsync(InMethod(Cases[row]));

    [Theory]
    [MemberData(nameof(Rows))]
    public Task RuntimeValueReachingMember_NoDiagnostic(string row)
    {
        var runtime = Regex.Replace(Cases[row], """\{\|RAM00\d:"[^"]*"\|\}""", """System.Environment.GetEnvironmentVariable("ANY")!""");
        return VerifyCS.VerifyAnalyzerAsync(InMethod(runtime));
    }

    public static TheoryData<string> RequestRows() => new(RequestCases.Keys);

    [Theory]
    [MemberData(nameof(RequestRows))]
    public Task ConstantReachingRequestProperty_Diagnostic(string row) => VerifyCS.VerifyAnalyzerAsync(InMethod(RequestCases[row]));

    [Theory]
    [MemberData(nameof(RequestRows))]
    public Task RuntimeValueReachingRequestProperty_NoDiagnostic(string row)
    {
        var runtime = Regex.Replace(RequestCases[row], """\{\|RAM00\d:"[^"]*"\|\}""", """System.Environment.GetEnvironmentVariable("ANY")!""");
        return VerifyCS.VerifyAnalyzerAsync(InMethod(runtime));
    }

    [Fact]
    public void EveryRequestPropertyHasACase()
    {
        foreach (var (property, kind) in SdkCredentialTable.RequestProperties)
        {
            Assert.Contains(RequestCases.Values, code => code.Contains($$"""{{property}} = {|{{kind.Descriptor().Id}}:""", StringComparison.Ordinal));
        }
    }

    /// <summary>Not a request by shape: a type of the same name outside the SDK's namespaces, a Models type not named *Request, a response.</summary>
    [Theory]
    [InlineData("namespace Shop.Models { internal class OrderRequest { public string SecurityToken { get; set; } = \"\"; } }", "new Shop.Models.OrderRequest { SecurityToken = \"placeholder\" }")]
    [InlineData("namespace AlibabaCloud.SDK.Shop.Models { internal class Order : Tea.TeaModel { public string SecurityToken { get; set; } = \"\"; } }", "new AlibabaCloud.SDK.Shop.Models.Order { SecurityToken = \"placeholder\" }")]
    [InlineData("namespace AlibabaCloud.SDK.Shop.Models { internal class OrderRequest { public string SecurityToken { get; set; } = \"\"; } }", "new AlibabaCloud.SDK.Shop.Models.OrderRequest { SecurityToken = \"placeholder\" }")]
    [InlineData("namespace Shop { internal class TokenRequest : Aliyun.Acs.Core.AcsResponse { public string AccessKeySecret { get; set; } = \"\"; } }", "new Shop.TokenRequest { AccessKeySecret = \"placeholder\" }")]
    public Task LookalikeOfARequest_NoDiagnostic(string declaration, string creation) =>
        VerifyCS.VerifyAnalyzerAsync(InMethod($"_ = {creation};") + "\n" + declaration);

    [Fact]
    public void EveryTableRowHasACase()
    {
        var rows = SdkCredentialTable.Members.Select(m => $"{m.TypeMetadataName}.{m.MemberName}({m.ParameterName})").ToHashSet();
        Assert.Empty(rows.Except(Cases.Keys));
        Assert.Empty(Cases.Keys.Except(rows));
    }

    [Fact]
    public void EveryCaseExpectsTheRowsRule()
    {
        foreach (var member in SdkCredentialTable.Members)
        {
            var expected = member.Kind.Descriptor().Id;
            Assert.Contains("{|" + expected + ":", Cases[$"{member.TypeMetadataName}.{member.MemberName}({member.ParameterName})"]);
        }
    }

    private static string InMethod(string statement) => $$"""
        #pragma warning disable CS0612, CS0618 // the SDK marks some of these members obsolete
        class Usage
        {
            void Run(string s)
            {
                {{statement}}
            }
        }
        """;
}
