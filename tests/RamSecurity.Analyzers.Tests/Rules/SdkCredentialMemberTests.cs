using System.Text.RegularExpressions;
using RamSecurity.Analyzers.Sdk;
using Xunit;
using VerifyCS = RamSecurity.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<RamSecurity.Analyzers.Rules.HardcodedCredentialAnalyzer>;

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
    };

    public static TheoryData<string> Rows() => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Rows))]
    public Task ConstantReachingMember_Diagnostic(string row) => VerifyCS.VerifyAnalyzerAsync(InMethod(Cases[row]));

    [Theory]
    [MemberData(nameof(Rows))]
    public Task RuntimeValueReachingMember_NoDiagnostic(string row)
    {
        var runtime = Regex.Replace(Cases[row], """\{\|RAM00\d:"[^"]*"\|\}""", """System.Environment.GetEnvironmentVariable("ANY")""");
        return VerifyCS.VerifyAnalyzerAsync(InMethod(runtime));
    }

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
