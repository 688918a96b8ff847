using Xunit;
using VerifyCS = RamSecurity.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<RamSecurity.Analyzers.Identity.SharedIdentityAnalyzer>;

namespace RamSecurity.Analyzers.Tests.Rules;

public class RAM013SharedIdentityTests
{
    [Theory]
    [InlineData("Aliyun.Acs.Ram.Model.V20150501", "UserName")]
    [InlineData("AlibabaCloud.SDK.Ram20150501.Models", "UserName")]
    [InlineData("Aliyun.Acs.Ims.Model.V20190815", "UserPrincipalName")]
    [InlineData("AlibabaCloud.SDK.Ims20190815.Models", "UserPrincipalName")]
    public Task SameConstantUserInOneMethod_Diagnostic(string ns, string user) => VerifyCS.VerifyAnalyzerAsync(
        $$"""
        class Onboarding
        {
            void Provision(string password)
            {
                var login = {|#1:new {{ns}}.CreateLoginProfileRequest|} { {{user}} = "ci-bot", Password = password, MFABindRequired = true };
                var key = {|#0:new {{ns}}.CreateAccessKeyRequest|} { {{user}} = "ci-bot" };
            }
        }
        """,
        VerifyCS.Diagnostic(Descriptors.SharedIdentity).WithLocation(0).WithLocation(1).WithArguments("'ci-bot'", "CreateLoginProfileRequest", "5"));

    [Fact]
    public Task SameLocalParameterFieldOrProperty_Diagnostic() => VerifyCS.VerifyAnalyzerAsync(
        """
        using AlibabaCloud.SDK.Ram20150501.Models;
        class Onboarding
        {
            private const string Operator = "alice";
            private readonly string _serviceUser = "reports";
            public string Tenant { get; set; } = "tenant-a";

            void ByParameter(AlibabaCloud.SDK.Ram20150501.Client ram, string userName, string password)
            {
                ram.CreateLoginProfile({|#10:new CreateLoginProfileRequest|} { UserName = userName, Password = password, MFABindRequired = true });
                ram.CreateAccessKey({|#0:new CreateAccessKeyRequest|} { UserName = userName });
            }

            void ByLocal(AlibabaCloud.SDK.Ram20150501.Client ram, string password)
            {
                var name = System.Environment.UserName;
                var request = {|#4:new CreateAccessKeyRequest()|};
                request.UserName = name;
                ram.CreateLoginProfile({|#14:new CreateLoginProfileRequest|} { UserName = name, Password = password, MFABindRequired = true });
                ram.CreateAccessKey(request);
            }

            // One type: the login profile in one method, the key in another.
            void Login(AlibabaCloud.SDK.Ram20150501.Client ram, string password)
            {
                ram.CreateLoginProfile({|#11:new CreateLoginProfileRequest|} { UserName = _serviceUser, Password = password, MFABindRequired = true });
                ram.CreateLoginProfile({|#12:new CreateLoginProfileRequest|} { UserName = Tenant, Password = password, MFABindRequired = true });
                ram.CreateLoginProfile({|#13:new CreateLoginProfileRequest|} { UserName = Operator, Password = password, MFABindRequired = true });
            }

            void Keys(AlibabaCloud.SDK.Ram20150501.Client ram)
            {
                ram.CreateAccessKey({|#1:new CreateAccessKeyRequest|} { UserName = _serviceUser });
                ram.CreateAccessKey({|#2:new CreateAccessKeyRequest|} { UserName = this.Tenant });
                ram.CreateAccessKey({|#3:new CreateAccessKeyRequest|} { UserName = "alice" });
            }
        }
        """,
        VerifyCS.Diagnostic(Descriptors.SharedIdentity).WithLocation(0).WithLocation(10).WithArguments("named by userName", "CreateLoginProfileRequest", "10"),
        VerifyCS.Diagnostic(Descriptors.SharedIdentity).WithLocation(1).WithLocation(11).WithArguments("named by _serviceUser", "CreateLoginProfileRequest", "26"),
        VerifyCS.Diagnostic(Descriptors.SharedIdentity).WithLocation(2).WithLocation(12).WithArguments("named by this.Tenant", "CreateLoginProfileRequest", "27"),
        VerifyCS.Diagnostic(Descriptors.SharedIdentity).WithLocation(3).WithLocation(13).WithArguments("'alice'", "CreateLoginProfileRequest", "28"),
        VerifyCS.Diagnostic(Descriptors.SharedIdentity).WithLocation(4).WithLocation(14).WithArguments("named by name", "CreateLoginProfileRequest", "19"));

    [Fact]
    public Task SameLoopVariableOrResponseMember_Diagnostic() => VerifyCS.VerifyAnalyzerAsync(
        """
        using AlibabaCloud.SDK.Ims20190815.Models;
        class Tenants
        {
            void Provision(AlibabaCloud.SDK.Ims20190815.Client ims, string[] names, string password)
            {
                foreach (var name in names)
                {
                    var created = ims.CreateUser(new CreateUserRequest { UserPrincipalName = name + "@example.onaliyun.com" });
                    ims.CreateLoginProfile({|#10:new CreateLoginProfileRequest|} { UserPrincipalName = name, Password = password, MFABindRequired = true });
                    ims.CreateAccessKey({|#0:new CreateAccessKeyRequest|} { UserPrincipalName = name });
                }
            }

            void FromResponse(AlibabaCloud.SDK.Ims20190815.Client ims, CreateLoginProfileResponse login)
            {
                ims.CreateLoginProfile({|#11:new CreateLoginProfileRequest|} { UserPrincipalName = login.Body.LoginProfile.UserPrincipalName, MFABindRequired = true });
                ims.CreateAccessKey({|#1:new CreateAccessKeyRequest|} { UserPrincipalName = login.Body.LoginProfile.UserPrincipalName });
            }
        }
        """,
        VerifyCS.Diagnostic(Descriptors.SharedIdentity).WithLocation(0).WithLocation(10).WithArguments("named by name", "CreateLoginProfileRequest", "9"),
        VerifyCS.Diagnostic(Descriptors.SharedIdentity).WithLocation(1).WithLocation(11).WithArguments("named by login.Body.LoginProfile.UserPrincipalName", "CreateLoginProfileRequest", "16"));

    [Fact]
    public Task DifferentUsersOrEitherAlone_NoDiagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Ram20150501.Models;
        class Onboarding
        {
            // A person's console logon and a program's key: two users.
            void Separate(AlibabaCloud.SDK.Ram20150501.Client ram, string password)
            {
                ram.CreateLoginProfile(new CreateLoginProfileRequest { UserName = "alice", Password = password, MFABindRequired = true });
                ram.CreateAccessKey(new CreateAccessKeyRequest { UserName = "reports-uploader" });
            }

            // The same parameter name in two methods is two parameters.
            void Login(AlibabaCloud.SDK.Ram20150501.Client ram, string user, string password) =>
                ram.CreateLoginProfile(new CreateLoginProfileRequest { UserName = user, Password = password, MFABindRequired = true });

            void Key(AlibabaCloud.SDK.Ram20150501.Client ram, string user) => ram.CreateAccessKey(new CreateAccessKeyRequest { UserName = user });

            // Names built at run time are not known to be the same.
            void Built(AlibabaCloud.SDK.Ram20150501.Client ram, string prefix, string password)
            {
                ram.CreateLoginProfile(new CreateLoginProfileRequest { UserName = prefix + "-ops", Password = password, MFABindRequired = true });
                ram.CreateAccessKey(new CreateAccessKeyRequest { UserName = prefix + "-ops" });
                ram.CreateAccessKey(new CreateAccessKeyRequest());
            }
        }

        // Another type: one identity per person or program is judged within a type.
        class KeyRotation
        {
            void Rotate(AlibabaCloud.SDK.Ram20150501.Client ram) => ram.CreateAccessKey(new CreateAccessKeyRequest { UserName = "alice" });
        }

        namespace Decoy
        {
            class CreateAccessKeyRequest { public string? UserName { get; set; } }
            class Use
            {
                void M(string password)
                {
                    var login = new AlibabaCloud.SDK.Ram20150501.Models.CreateLoginProfileRequest { UserName = "bob", Password = password, MFABindRequired = true };
                    var key = new CreateAccessKeyRequest { UserName = "bob" };
                }
            }
        }
        """);

    [Fact]
    public Task NestedTypeJudgedOnItsOwn_OneDiagnostic() => VerifyCS.VerifyAnalyzerAsync(
        """
        using AlibabaCloud.SDK.Ims20190815.Models;
        class Outer
        {
            void Login(string password) { var login = new CreateLoginProfileRequest { UserPrincipalName = "bot@example.onaliyun.com", Password = password, MFABindRequired = true }; }

            class Inner
            {
                void Login(string password) { var login = {|#1:new CreateLoginProfileRequest|} { UserPrincipalName = "bot@example.onaliyun.com", Password = password, MFABindRequired = true }; }

                void Key() { var key = {|#0:new CreateAccessKeyRequest|} { UserPrincipalName = "bot@example.onaliyun.com" }; }
            }
        }
        """,
        VerifyCS.Diagnostic(Descriptors.SharedIdentity).WithLocation(0).WithLocation(1).WithArguments("'bot@example.onaliyun.com'", "CreateLoginProfileRequest", "8"));
}
