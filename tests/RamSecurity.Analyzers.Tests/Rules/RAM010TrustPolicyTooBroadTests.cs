using Xunit;
using VerifyCS = RamSecurity.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<RamSecurity.Analyzers.Policies.TrustPolicyAnalyzer>;

namespace RamSecurity.Analyzers.Tests.Rules;

public class RAM010TrustPolicyTooBroadTests
{
    private const string EveryAccount = "every Alibaba Cloud account, and every RAM user and role in it, can assume the role";
    private const string OidcWithoutSubject = "no Condition restricts oidc:sub, so every identity the provider issues (every workload of the cluster, every repository of the CI provider) can assume the role";

    private static string Account(string account) => $"the account '{account}' matches every Alibaba Cloud account, so their users, roles or identity providers can assume the role";

    [Theory]
    [InlineData("""{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":"*"}],"Version":"1"}""", "\"Principal\": \"*\"", "every RAM user and role of every Alibaba Cloud account, every service and every identity provider can assume the role")]
    [InlineData("""{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"RAM":"*"}}],"Version":"1"}""", "RAM \"*\"", EveryAccount)]
    [InlineData("""{"Statement":[{"Action":["sts:AssumeRole"],"Effect":"Allow","Principal":{"RAM":["acs:ram::123456789012:root","*"]}}],"Version":"1"}""", "RAM \"*\"", EveryAccount)]
    [InlineData("""{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Service":"*"}}],"Version":"1"}""", "Service \"*\"", "every Alibaba Cloud service can assume the role")]
    [InlineData("""{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Service":["ecs.aliyuncs.com","*"]}}],"Version":"1"}""", "Service \"*\"", "every Alibaba Cloud service can assume the role")]
    [InlineData("""{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Federated":["*"]}}],"Version":"1"}""", "Federated \"*\"", "every identity provider, and every identity it issues, can assume the role")]
    [InlineData("""{"Statement":[{"Action":"sts:*","Effect":"Allow","Principal":{"RAM":"acs:ram::*:root"}}],"Version":"1"}""", "RAM \"acs:ram::*:root\"", null)]
    [InlineData("""{"Statement":[{"Action":"*","Effect":"Allow","Principal":{"RAM":["acs:ram::*:role/deployer"]}}],"Version":"1"}""", "RAM \"acs:ram::*:role/deployer\"", null)]
    [InlineData("""{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Federated":"acs:ram::*:saml-provider/corp"}}],"Version":"1"}""", "Federated \"acs:ram::*:saml-provider/corp\"", null)]
    public Task WildcardPrincipal_Diagnostic(string document, string principal, string? reason) => VerifyCS.VerifyAnalyzerAsync(
        $$""""
        class Roles
        {
            object Create() => new AlibabaCloud.SDK.Ram20150501.Models.CreateRoleRequest { RoleName = "deployer", AssumeRolePolicyDocument = {|#0:"""{{document}}"""|} };
        }
        """",
        VerifyCS.Diagnostic(Descriptors.TrustPolicyTooBroad).WithLocation(0).WithArguments(principal, reason ?? Account("*")));

    [Theory]
    [InlineData("""{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Federated":"acs:ram::123456789012:oidc-provider/ack"}}],"Version":"1"}""")]
    [InlineData("""{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Federated":["acs:ram::123456789012:oidc-provider/ack"]},"Condition":{"StringEquals":{"oidc:iss":"https://oidc-ack.example.com","oidc:aud":"sts.aliyuncs.com"}}}],"Version":"1"}""")]
    [InlineData("""{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Federated":"acs:ram::123456789012:oidc-provider/ack"},"Condition":{"StringLike":{"oidc:sub":"*"}}}],"Version":"1"}""")]
    [InlineData("""{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Federated":"acs:ram::123456789012:oidc-provider/ack"},"Condition":{"StringNotEquals":{"oidc:sub":"system:serviceaccount:kube-system:admin"}}}],"Version":"1"}""")]
    public Task OidcProviderWithoutSubjectCondition_Diagnostic(string document) => VerifyCS.VerifyAnalyzerAsync(
        $$""""
        class Roles
        {
            object Create() => new AlibabaCloud.SDK.ResourceManager20200331.Models.CreateRoleRequest { RoleName = "workload", AssumeRolePolicyDocument = {|#0:"""{{document}}"""|} };
        }
        """",
        VerifyCS.Diagnostic(Descriptors.TrustPolicyTooBroad).WithLocation(0)
            .WithArguments("Federated \"acs:ram::123456789012:oidc-provider/ack\"", OidcWithoutSubject));

    [Theory]
    [InlineData("""{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"RAM":["acs:ram::123456789012:root"]}}],"Version":"1"}""")]
    [InlineData("""{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"RAM":"acs:ram::123456789012:user/alice"}}],"Version":"1"}""")]
    [InlineData("""{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"RAM":"acs:ram::123456789012****:root"}}],"Version":"1"}""")]
    [InlineData("""{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"RAM":["acs:ram::123456789012:role/ops"]}}],"Version":"1"}""")]
    [InlineData("""{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Service":["ecs.aliyuncs.com"]}}],"Version":"1"}""")]
    [InlineData("""{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Federated":["acs:ram::123456789012:saml-provider/corp"]},"Condition":{"StringEquals":{"saml:recipient":"https://signin.aliyun.com/saml-role/sso"}}}],"Version":"1"}""")]
    [InlineData("""{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Federated":["acs:ram::123456789012:oidc-provider/ack"]},"Condition":{"StringEquals":{"oidc:iss":"https://oidc-ack.example.com","oidc:sub":"system:serviceaccount:reports:uploader"}}}],"Version":"1"}""")]
    [InlineData("""{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Federated":"acs:ram::123456789012:oidc-provider/github"},"Condition":{"StringLike":{"OIDC:SUB":["repo:example/reports:*"]}}}],"Version":"1"}""")]
    [InlineData("""{"Statement":[{"Action":"sts:AssumeRole","Effect":"Deny","Principal":"*"}],"Version":"1"}""")]
    [InlineData("""{"Statement":[{"Action":"ecs:DescribeInstances","Effect":"Allow","Principal":"*"}],"Version":"1"}""")]
    [InlineData("""{"Statement":[{"action":"sts:AssumeRole","effect":"Allow","principal":"*"}],"Version":"1"}""")]
    [InlineData("""{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":"*"}""")]
    [InlineData("""not a policy * at all""")]
    public Task SpecificPrincipalOrNotAllowed_NoDiagnostic(string document) => VerifyCS.VerifyAnalyzerAsync($$""""
        class Roles
        {
            object Create() => new AlibabaCloud.SDK.Ram20150501.Models.CreateRoleRequest { AssumeRolePolicyDocument = """{{document}}""" };
        }
        """");

    [Fact]
    public Task EveryTrustPolicyMember_Diagnostic() => VerifyCS.VerifyAnalyzerAsync(
        """
        using Aliyun.Acs.Core;
        class Roles
        {
            private const string Anyone = "{\"Statement\":[{\"Action\":\"sts:AssumeRole\",\"Effect\":\"Allow\",\"Principal\":{\"RAM\":\"*\"}}],\"Version\":\"1\"}";

            void Create(IAcsClient client, AlibabaCloud.SDK.Ram20150501.Client ram, AlibabaCloud.SDK.ResourceManager20200331.Client rm)
            {
                client.GetAcsResponse(new Aliyun.Acs.Ram.Model.V20150501.CreateRoleRequest { RoleName = "a", AssumeRolePolicyDocument = {|#0:Anyone|} });
                var v1 = new Aliyun.Acs.Ram.Model.V20150501.UpdateRoleRequest { RoleName = "a" };
                {|#101:v1.NewAssumeRolePolicyDocument|} = {|#1:Anyone|};
                ram.CreateRole(new AlibabaCloud.SDK.Ram20150501.Models.CreateRoleRequest { RoleName = "b", AssumeRolePolicyDocument = {|#2:Anyone|} });
                var shrink = new AlibabaCloud.SDK.Ram20150501.Models.CreateRoleShrinkRequest { AssumeRolePolicyDocument = {|#3:Anyone|} };
                ram.UpdateRole(new AlibabaCloud.SDK.Ram20150501.Models.UpdateRoleRequest { RoleName = "b", {|#104:NewAssumeRolePolicyDocument|} = {|#4:Anyone|} });
                var created = new AlibabaCloud.SDK.ResourceManager20200331.Models.CreateRoleRequest { RoleName = "c" };
                created.AssumeRolePolicyDocument = {|#5:Anyone|};
                rm.CreateRole(created);
                rm.UpdateRole(new AlibabaCloud.SDK.ResourceManager20200331.Models.UpdateRoleRequest { RoleName = "c", {|#106:NewAssumeRolePolicyDocument|} = {|#6:Anyone|} });
            }
        }
        """,
        Expected(0), Expected(1), Changed(1), Expected(2), Expected(3), Expected(4), Changed(4), Expected(5), Expected(6), Changed(6));

    [Fact]
    public Task DocumentHeldByFieldOrLocal_Diagnostic() => VerifyCS.VerifyAnalyzerAsync(
        """
        using AlibabaCloud.SDK.Ram20150501.Models;
        class Roles
        {
            private static readonly string TrustAnyone = "{\"Statement\":[{\"Action\":\"sts:AssumeRole\",\"Effect\":\"Allow\",\"Principal\":{\"RAM\":\"*\"}}],\"Version\":\"1\"}";

            object Field() => new CreateRoleRequest { RoleName = "a", AssumeRolePolicyDocument = {|#0:TrustAnyone|} };

            object Local()
            {
                var trust = "{\"Statement\":[{\"Action\":\"sts:AssumeRole\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":[\"*\"]}}],\"Version\":\"1\"}";
                return new CreateRoleRequest { RoleName = "b", AssumeRolePolicyDocument = {|#1:trust|} };
            }
        }
        """,
        Expected(0),
        VerifyCS.Diagnostic(Descriptors.TrustPolicyTooBroad).WithLocation(1).WithArguments("Service \"*\"", "every Alibaba Cloud service can assume the role"));

    [Fact]
    public Task OtherMembersDecoysAndNonConstants_NoDiagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        namespace Decoy
        {
            class CreateRoleRequest { public string? AssumeRolePolicyDocument { get; set; } }
        }

        class Roles
        {
            private const string Anyone = "{\"Statement\":[{\"Action\":\"sts:AssumeRole\",\"Effect\":\"Allow\",\"Principal\":\"*\"}],\"Version\":\"1\"}";

            void Create(string loaded)
            {
                // Not a trust-policy member, a look-alike type, and a document only known at run time.
                var described = new AlibabaCloud.SDK.Ram20150501.Models.CreateRoleRequest { Description = Anyone };
                var decoy = new Decoy.CreateRoleRequest { AssumeRolePolicyDocument = Anyone };
                var runtime = new Aliyun.Acs.Ram.Model.V20150501.CreateRoleRequest { AssumeRolePolicyDocument = loaded };
                var policy = new AlibabaCloud.SDK.Ram20150501.Models.CreatePolicyRequest { PolicyDocument = Anyone };
            }
        }
        """);

    [Fact]
    public Task NoSdkReferenced_NoDiagnostic() => VerifyCS.VerifyAnalyzerAsync(
        "class CreateRoleRequest { public string? AssumeRolePolicyDocument { get; set; } object M() => new CreateRoleRequest { AssumeRolePolicyDocument = \"{\\\"Statement\\\":[{\\\"Action\\\":\\\"sts:AssumeRole\\\",\\\"Effect\\\":\\\"Allow\\\",\\\"Principal\\\":\\\"*\\\"}]}\" }; }",
        referenceSdk: false);

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Expected(int location) =>
        VerifyCS.Diagnostic(Descriptors.TrustPolicyTooBroad).WithLocation(location).WithArguments("RAM \"*\"", EveryAccount);

    /// <summary>RAM011 on the member of the same update: the trusted entity changes.</summary>
    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Changed(int documentLocation) =>
        VerifyCS.Diagnostic(Descriptors.TrustedEntityChanged).WithLocation(documentLocation + 100).WithArguments("UpdateRoleRequest");
}
