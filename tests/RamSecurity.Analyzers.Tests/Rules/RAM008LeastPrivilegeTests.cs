using Microsoft.CodeAnalysis;
using Xunit;
using VerifyCS = RamSecurity.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<RamSecurity.Analyzers.Policies.LeastPrivilegeAnalyzer>;

namespace RamSecurity.Analyzers.Tests.Rules;

public class RAM008LeastPrivilegeTests
{
    private const string Administrator = "administrator permissions: Action \"*\" on Resource \"*\"";

    [Theory]
    [InlineData("""{"Version":"1","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""")]
    [InlineData("""{ "Version": "1", "Statement": [ { "Effect": "Allow", "Action": [ "*" ], "Resource": [ "*" ] } ] }""")]
    [InlineData("""{"Statement":{"Effect":"Allow","Action":["ecs:Describe*","*"],"Resource":"*"},"Version":"1"}""")]
    [InlineData("""{"Version":"1","Statement":[{"Effect":"Deny","Action":"bss:*","Resource":"*"},{"Effect":"Allow","Action":"*","Resource":"*"}]}""")]
    [InlineData("""{"Version":"1","Statement":[{"Effect":"Allow","Action":"*:*","Resource":"*"}]}""")]
    [InlineData("""{"Version":"1","Statement":[{"Effect":"Allow","Action":"*","Resource":"acs:*:*:*:*"}]}""")]
    public Task AdministratorDocument_Diagnostic(string policy) => VerifyCS.VerifyAnalyzerAsync(
        $$""""
        class Policies
        {
            object Create() => new AlibabaCloud.SDK.Ram20150501.Models.CreatePolicyRequest { PolicyName = "ops", PolicyDocument = {|#0:"""{{policy}}"""|} };
        }
        """",
        VerifyCS.Diagnostic(Descriptors.LeastPrivilege).WithLocation(0).WithArguments(Administrator));

    [Fact]
    public Task EveryPolicyMember_Diagnostic() => VerifyCS.VerifyAnalyzerAsync(
        """
        #pragma warning disable CS0618
        using Aliyun.Acs.Core;
        using Aliyun.Acs.Core.Auth;
        using Aliyun.Acs.Core.Profile;
        class Sessions
        {
            private const string Admin = "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}";

            void Create(IAcsClient client, AlibabaCloudCredentials longLived, IClientProfile profile)
            {
                var a = new Aliyun.Acs.Sts.Model.V20150401.AssumeRoleRequest { Policy = {|#0:Admin|} };
                var b = new AlibabaCloud.SDK.Sts20150401.Models.AssumeRoleWithOIDCRequest { Policy = {|#1:Admin|} };
                var c = new Aliyun.Acs.Core.Auth.Sts.AssumeRoleRequest();
                c.Policy = {|#2:Admin|};
                var d = new STSAssumeRoleSessionCredentialsProvider(longLived, "r", {|#3:Admin|}, profile);
                var e = new Aliyun.Credentials.Provider.RamRoleArnCredentialProvider.Builder().Policy({|#4:Admin|}).Build();
                var f = new Aliyun.Credentials.Models.Config { Type = "ram_role_arn", Policy = {|#5:Admin|} };
                var g = new Aliyun.Acs.Ram.Model.V20150501.CreatePolicyVersionRequest { PolicyDocument = {|#6:Admin|} };
                var h = new AlibabaCloud.SDK.ResourceManager20200331.Models.CreatePolicyRequest { PolicyName = "ops", PolicyDocument = {|#7:Admin|} };
                var i = new AlibabaCloud.SDK.ResourceManager20200331.Models.CreatePolicyVersionRequest { PolicyName = "ops", PolicyDocument = {|#8:Admin|} };
                var j = new AlibabaCloud.SDK.Ram20150501.Models.CreatePolicyShrinkRequest { PolicyDocument = {|#9:Admin|} };
            }
        }
        """,
        VerifyCS.Diagnostic(Descriptors.LeastPrivilege).WithLocation(0).WithArguments(Administrator),
        VerifyCS.Diagnostic(Descriptors.LeastPrivilege).WithLocation(1).WithArguments(Administrator),
        VerifyCS.Diagnostic(Descriptors.LeastPrivilege).WithLocation(2).WithArguments(Administrator),
        VerifyCS.Diagnostic(Descriptors.LeastPrivilege).WithLocation(3).WithArguments(Administrator),
        VerifyCS.Diagnostic(Descriptors.LeastPrivilege).WithLocation(4).WithArguments(Administrator),
        VerifyCS.Diagnostic(Descriptors.LeastPrivilege).WithLocation(5).WithArguments(Administrator),
        VerifyCS.Diagnostic(Descriptors.LeastPrivilege).WithLocation(6).WithArguments(Administrator),
        VerifyCS.Diagnostic(Descriptors.LeastPrivilege).WithLocation(7).WithArguments(Administrator),
        VerifyCS.Diagnostic(Descriptors.LeastPrivilege).WithLocation(8).WithArguments(Administrator),
        VerifyCS.Diagnostic(Descriptors.LeastPrivilege).WithLocation(9).WithArguments(Administrator));

    [Fact]
    public Task ResourceManagerScopedPolicy_NoDiagnostic() => VerifyCS.VerifyAnalyzerAsync(""""
        class Policies
        {
            void Create(string document)
            {
                var a = new AlibabaCloud.SDK.ResourceManager20200331.Models.CreatePolicyRequest { PolicyDocument = """{"Version":"1","Statement":[{"Effect":"Allow","Action":"oss:GetObject","Resource":"acs:oss:*:*:reports/*"}]}""" };
                var b = new AlibabaCloud.SDK.ResourceManager20200331.Models.CreatePolicyVersionRequest { PolicyDocument = document };
                var c = new AlibabaCloud.SDK.Ram20150501.Models.CreatePolicyShrinkRequest { PolicyDocument = """{"Version":"1","Statement":[{"Effect":"Deny","Action":"*","Resource":"*"}]}""" };
            }
        }
        """");

    [Fact]
    public Task ServiceWildcards_RamWarningOthersInfo() => VerifyCS.VerifyAnalyzerAsync(
        """
        class Policies
        {
            void Create()
            {
                var ram = new Aliyun.Acs.Ram.Model.V20150501.CreatePolicyRequest { PolicyDocument = {|#0:"{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"ram:*\",\"Resource\":\"*\"}]}"|} };
                var ecs = new Aliyun.Acs.Ram.Model.V20150501.CreatePolicyRequest { PolicyDocument = {|#1:"{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"ecs:*\"],\"Resource\":[\"*\"]}]}"|} };
            }
        }
        """,
        VerifyCS.Diagnostic(Descriptors.LeastPrivilege).WithLocation(0)
            .WithArguments("every RAM action (\"ram:*\") on Resource \"*\": control of users, AccessKeys, roles and policies, which amounts to administrator permissions"),
        VerifyCS.Diagnostic(Descriptors.LeastPrivilege).WithLocation(1).WithSeverity(DiagnosticSeverity.Info)
            .WithArguments("every action of the service 'ecs' (\"ecs:*\") on Resource \"*\""));

    [Theory]
    [InlineData("""{"Version":"1","Statement":[{"Effect":"Allow","Action":"ecs:Describe*","Resource":"*"}]}""")]
    [InlineData("""{"Version":"1","Statement":[{"Effect":"Allow","Action":"*","Resource":"acs:oss:*:*:reports/*"}]}""")]
    [InlineData("""{"Version":"1","Statement":[{"Effect":"Deny","Action":"*","Resource":"*"}]}""")]
    [InlineData("""{"Version":"1","Statement":[{"Effect":"Allow","NotAction":"ram:*","Resource":"acs:oss:*:*:reports/*"}]}""")]
    [InlineData("""{"Version":"1","Statement":[{"Effect":"Allow","NotAction":"*","Resource":"*"}]}""")]
    [InlineData("""{"Version":"1","Statement":[{"Effect":"Deny","NotAction":"oss:GetObject","Resource":"*"}]}""")]
    [InlineData("""{"Version":"1","Statement":[{"Effect":"Allow","Action":"oss:*","Resource":"acs:ecs:*:*:*"}]}""")]
    [InlineData("""{"Version":"1","Statement":[{"Effect":"Allow","Action":"*","Resource":"acs:oss:*:*:bucket"}]}""")]
    [InlineData("""{"Version":"1","Statement":[{"effect":"Allow","action":"*","resource":"*"}]}""")]
    [InlineData("""{"Version":"1","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}""")]
    [InlineData("""not json * at all""")]
    [InlineData("""{"Version":"1","Statement":[{"Effect":"Allow","Action":"oss:GetObject","Resource":"acs:oss:*:*:bucket/*"}]}""")]
    public Task ScopedOrMalformed_NoDiagnostic(string policy) => VerifyCS.VerifyAnalyzerAsync($$""""
        class Policies
        {
            object Create() => new AlibabaCloud.SDK.Ram20150501.Models.CreatePolicyRequest { PolicyDocument = """{{policy}}""" };
        }
        """");

    [Theory]
    [InlineData("""{"Version":"1","Statement":[{"Effect":"Allow","NotAction":"ram:*","Resource":"*"}]}""", "\"ram:*\"")]
    [InlineData("""{"Version":"1","Statement":[{"Effect":"Allow","NotAction":["ram:*","ims:*","resourcemanager:*"],"Resource":["acs:*:*:*:*"]}]}""", "\"ram:*\", \"ims:*\", \"resourcemanager:*\"")]
    public Task NotActionOnEveryResource_Diagnostic(string policy, string excluded) => VerifyCS.VerifyAnalyzerAsync(
        $$""""
        class Policies
        {
            object Create() => new Aliyun.Acs.Ram.Model.V20150501.CreatePolicyVersionRequest { PolicyName = "power", PolicyDocument = {|#0:"""{{policy}}"""|} };
        }
        """",
        VerifyCS.Diagnostic(Descriptors.LeastPrivilege).WithLocation(0).WithArguments($"every action of every service except {excluded} (NotAction) on Resource \"*\""));

    [Theory]
    [InlineData("""{"Version":"1","Statement":[{"Effect":"Allow","Action":"*","Resource":"acs:oss:*:*:*"}]}""", "every action of the service 'oss' (Action \"*\" on Resource \"acs:oss:*:*:*\")")]
    [InlineData("""{"Version":"1","Statement":[{"Effect":"Allow","Action":["*"],"Resource":["acs:ecs:cn-hangzhou:123456789012:*"]}]}""", "every action of the service 'ecs' (Action \"*\" on Resource \"acs:ecs:cn-hangzhou:123456789012:*\")")]
    [InlineData("""{"Version":"1","Statement":[{"Effect":"Allow","Action":"oss:*","Resource":"acs:oss:*:*:*"}]}""", "every action of the service 'oss' (\"oss:*\" on Resource \"acs:oss:*:*:*\")")]
    public Task EveryActionOnOneServicesResources_Info(string policy, string grants) => VerifyCS.VerifyAnalyzerAsync(
        $$""""
        class Policies
        {
            object Create() => new AlibabaCloud.SDK.Ram20150501.Models.CreatePolicyRequest { PolicyName = "storage", PolicyDocument = {|#0:"""{{policy}}"""|} };
        }
        """",
        VerifyCS.Diagnostic(Descriptors.LeastPrivilege).WithLocation(0).WithSeverity(DiagnosticSeverity.Info).WithArguments(grants));

    [Fact]
    public Task EveryActionOnRamsResources_Warning() => VerifyCS.VerifyAnalyzerAsync(
        """"
        class Policies
        {
            object Create() => new AlibabaCloud.SDK.Ram20150501.Models.CreatePolicyRequest { PolicyDocument = {|#0:"""{"Version":"1","Statement":[{"Effect":"Allow","Action":"*","Resource":"acs:ram:*:*:*"}]}"""|} };
        }
        """",
        VerifyCS.Diagnostic(Descriptors.LeastPrivilege).WithLocation(0)
            .WithArguments("every RAM action (Action \"*\" on Resource \"acs:ram:*:*:*\"): control of users, AccessKeys, roles and policies, which amounts to administrator permissions"));

    [Fact]
    public Task TrustPolicyAndNonConstant_NoDiagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        class Roles
        {
            void Create(string document)
            {
                // A trust policy names principals, not permissions.
                var role = new AlibabaCloud.SDK.Ram20150501.Models.CreateRoleRequest { AssumeRolePolicyDocument = "{\"Statement\":[{\"Action\":\"sts:AssumeRole\",\"Effect\":\"Allow\",\"Principal\":{\"RAM\":[\"*\"]},\"Resource\":\"*\"}],\"Version\":\"1\"}" };
                var policy = new AlibabaCloud.SDK.Ram20150501.Models.CreatePolicyRequest { PolicyDocument = document };
            }
        }
        """);

    [Theory]
    [InlineData("AlibabaCloud.SDK.Ram20150501.Models.AttachPolicyToUserRequest", "UserName", "AdministratorAccess", "full administrator access to every resource")]
    [InlineData("AlibabaCloud.SDK.Ram20150501.Models.AttachPolicyToGroupRequest", "GroupName", "AliyunRAMFullAccess", "full control of RAM: users, AccessKeys, roles and policies, which amounts to administrator access")]
    [InlineData("AlibabaCloud.SDK.Ram20150501.Models.AttachPolicyToRoleRequest", "RoleName", "AdministratorAccess", "full administrator access to every resource")]
    [InlineData("Aliyun.Acs.Ram.Model.V20150501.AttachPolicyToUserRequest", "UserName", "AdministratorAccess", "full administrator access to every resource")]
    [InlineData("Aliyun.Acs.Ram.Model.V20150501.AttachPolicyToGroupRequest", "GroupName", "AdministratorAccess", "full administrator access to every resource")]
    [InlineData("Aliyun.Acs.Ram.Model.V20150501.AttachPolicyToRoleRequest", "RoleName", "AliyunRAMFullAccess", "full control of RAM: users, AccessKeys, roles and policies, which amounts to administrator access")]
    [InlineData("AlibabaCloud.SDK.ResourceManager20200331.Models.AttachPolicyRequest", "PrincipalName", "AdministratorAccess", "full administrator access to every resource")]
    public Task AttachAdministratorSystemPolicy_Diagnostic(string type, string principal, string policy, string grants) => VerifyCS.VerifyAnalyzerAsync(
        $$"""
        class Grants
        {
            object Attach() => new {{type}} { PolicyType = "System", PolicyName = {|#0:"{{policy}}"|}, {{principal}} = "ops" };
        }
        """,
        VerifyCS.Diagnostic(Descriptors.LeastPrivilege).WithLocation(0).WithArguments($"{grants} (the system policy {policy})"));

    [Fact]
    public Task AttachScopedOrCustomPolicy_NoDiagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        class Grants
        {
            void Attach(string name)
            {
                var a = new AlibabaCloud.SDK.Ram20150501.Models.AttachPolicyToUserRequest { PolicyType = "System", PolicyName = "AliyunOSSReadOnlyAccess", UserName = "ops" };
                var b = new AlibabaCloud.SDK.Ram20150501.Models.AttachPolicyToUserRequest { PolicyType = "Custom", PolicyName = "AdministratorAccess", UserName = "ops" };
                var c = new AlibabaCloud.SDK.Ram20150501.Models.AttachPolicyToUserRequest { PolicyType = "System", PolicyName = name, UserName = "ops" };
                var d = new AlibabaCloud.SDK.ResourceManager20200331.Models.AttachPolicyRequest { PolicyType = "System", PolicyName = "AliyunOSSReadOnlyAccess", PrincipalName = "ops@demo.onaliyun.com", PrincipalType = "IMSUser" };
                var e = new AlibabaCloud.SDK.ResourceManager20200331.Models.AttachPolicyRequest { PolicyType = "Custom", PolicyName = "AdministratorAccess", PrincipalName = "ops@demo.onaliyun.com", PrincipalType = "IMSUser" };
            }
        }
        """);

    [Fact]
    public Task NoSdkReferenced_NoDiagnostic() => VerifyCS.VerifyAnalyzerAsync(
        "class CreatePolicyRequest { public string? PolicyDocument { get; set; } object M() => new CreatePolicyRequest { PolicyDocument = \"{\\\"Statement\\\":[{\\\"Effect\\\":\\\"Allow\\\",\\\"Action\\\":\\\"*\\\",\\\"Resource\\\":\\\"*\\\"}]}\" }; }",
        referenceSdk: false);
}
