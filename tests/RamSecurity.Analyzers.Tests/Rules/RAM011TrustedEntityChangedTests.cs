using Xunit;
using VerifyCS = RamSecurity.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<RamSecurity.Analyzers.Policies.TrustPolicyAnalyzer>;

namespace RamSecurity.Analyzers.Tests.Rules;

public class RAM011TrustedEntityChangedTests
{
    [Theory]
    [InlineData("Aliyun.Acs.Ram.Model.V20150501.UpdateRoleRequest")]
    [InlineData("AlibabaCloud.SDK.Ram20150501.Models.UpdateRoleRequest")]
    [InlineData("AlibabaCloud.SDK.ResourceManager20200331.Models.UpdateRoleRequest")]
    public Task NewTrustPolicyInInitializerOrThroughLocal_Diagnostic(string type) => VerifyCS.VerifyAnalyzerAsync(
        $$$"""
        class Roles
        {
            private const string AccountRoot = "{\"Statement\":[{\"Action\":\"sts:AssumeRole\",\"Effect\":\"Allow\",\"Principal\":{\"RAM\":\"acs:ram::123456789012:root\"}}],\"Version\":\"1\"}";

            object Initializer(string loaded) => new {{{type}}} { RoleName = "ops", {|#0:NewAssumeRolePolicyDocument|} = loaded };

            object Constant() => new {{{type}}} { RoleName = "ops", {|#1:NewAssumeRolePolicyDocument|} = AccountRoot };

            object ThroughLocal(string loaded)
            {
                var request = new {{{type}}} { RoleName = "ops" };
                {|#2:request.NewAssumeRolePolicyDocument|} = loaded;
                return request;
            }
        }
        """,
        VerifyCS.Diagnostic(Descriptors.TrustedEntityChanged).WithLocation(0).WithArguments("UpdateRoleRequest"),
        VerifyCS.Diagnostic(Descriptors.TrustedEntityChanged).WithLocation(1).WithArguments("UpdateRoleRequest"),
        VerifyCS.Diagnostic(Descriptors.TrustedEntityChanged).WithLocation(2).WithArguments("UpdateRoleRequest"));

    [Fact]
    public Task BroadNewTrustPolicy_BothRules() => VerifyCS.VerifyAnalyzerAsync(
        """
        class Roles
        {
            object Open() => new AlibabaCloud.SDK.Ram20150501.Models.UpdateRoleRequest
            {
                RoleName = "ops",
                {|#0:NewAssumeRolePolicyDocument|} = {|#1:"{\"Statement\":[{\"Action\":\"sts:AssumeRole\",\"Effect\":\"Allow\",\"Principal\":{\"RAM\":[\"acs:ram::*:root\"]}}],\"Version\":\"1\"}"|},
            };
        }
        """,
        VerifyCS.Diagnostic(Descriptors.TrustedEntityChanged).WithLocation(0).WithArguments("UpdateRoleRequest"),
        VerifyCS.Diagnostic(Descriptors.TrustPolicyTooBroad).WithLocation(1)
            .WithArguments("RAM \"acs:ram::*:root\"", "the account '*' matches every Alibaba Cloud account, so their users, roles or identity providers can assume the role"));

    [Fact]
    public Task OtherUpdatesCreationsAndDecoys_NoDiagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        namespace Decoy
        {
            class UpdateRoleRequest { public string? NewAssumeRolePolicyDocument { get; set; } }
        }

        class Roles
        {
            void Update(string loaded)
            {
                // Description and duration changes leave the trusted entity alone; null changes nothing.
                var v1 = new Aliyun.Acs.Ram.Model.V20150501.UpdateRoleRequest { RoleName = "ops", NewDescription = "reports", NewMaxSessionDuration = 3600 };
                var v2 = new AlibabaCloud.SDK.Ram20150501.Models.UpdateRoleRequest { RoleName = "ops", NewAssumeRolePolicyDocument = null };
                var rm = new AlibabaCloud.SDK.ResourceManager20200331.Models.UpdateRoleRequest { RoleName = "ops", NewDescription = loaded };

                // A new role defines its trusted entity; a look-alike type is not the SDK's.
                var created = new AlibabaCloud.SDK.Ram20150501.Models.CreateRoleRequest { RoleName = "ops", AssumeRolePolicyDocument = loaded };
                var decoy = new Decoy.UpdateRoleRequest { NewAssumeRolePolicyDocument = loaded };

                // Reading the document is not changing it.
                var read = v2.NewAssumeRolePolicyDocument;
            }
        }
        """);
}
