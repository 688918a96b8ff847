using Xunit;
using VerifyCS = RamSecurity.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<RamSecurity.Analyzers.Identity.ConsoleLoginAnalyzer>;

namespace RamSecurity.Analyzers.Tests.Rules;

public class RAM012ConsoleLoginWithoutMfaTests
{
    [Theory]
    [InlineData("Aliyun.Acs.Ram.Model.V20150501.CreateLoginProfileRequest", "UserName")]
    [InlineData("AlibabaCloud.SDK.Ram20150501.Models.CreateLoginProfileRequest", "UserName")]
    [InlineData("Aliyun.Acs.Ims.Model.V20190815.CreateLoginProfileRequest", "UserPrincipalName")]
    [InlineData("AlibabaCloud.SDK.Ims20190815.Models.CreateLoginProfileRequest", "UserPrincipalName")]
    public Task CreatedWithoutMfa_Diagnostic(string type, string user) => VerifyCS.VerifyAnalyzerAsync(
        $$"""
        class Onboarding
        {
            void Unset(string password)
            {
                var request = {|#0:new {{type}}|} { {{user}} = "alice", Password = password };
            }

            void False(string password)
            {
                var request = {|#1:new {{type}}()|} { {{user}} = "bob", Password = password, MFABindRequired = false };
            }

            void Null(string password)
            {
                var request = {|#2:new {{type}}|} { {{user}} = "carol", Password = password, MFABindRequired = null };
            }

            void LaterFalse(string password)
            {
                var request = {|#3:new {{type}}()|};
                request.{{user}} = "dave";
                request.Password = password;
                request.MFABindRequired = false;
            }

            // An explicit false is judged even when the request leaves the member.
            object Returned(string password) => {|#4:new {{type}}|} { {{user}} = "erin", Password = password, MFABindRequired = false };
        }
        """,
        VerifyCS.Diagnostic(Descriptors.ConsoleLoginWithoutMfa).WithLocation(0).WithArguments("CreateLoginProfileRequest"),
        VerifyCS.Diagnostic(Descriptors.ConsoleLoginWithoutMfa).WithLocation(1).WithArguments("CreateLoginProfileRequest"),
        VerifyCS.Diagnostic(Descriptors.ConsoleLoginWithoutMfa).WithLocation(2).WithArguments("CreateLoginProfileRequest"),
        VerifyCS.Diagnostic(Descriptors.ConsoleLoginWithoutMfa).WithLocation(3).WithArguments("CreateLoginProfileRequest"),
        VerifyCS.Diagnostic(Descriptors.ConsoleLoginWithoutMfa).WithLocation(4).WithArguments("CreateLoginProfileRequest"));

    [Theory]
    [InlineData("Aliyun.Acs.Ram.Model.V20150501.UpdateLoginProfileRequest", "UserName")]
    [InlineData("AlibabaCloud.SDK.Ram20150501.Models.UpdateLoginProfileRequest", "UserName")]
    [InlineData("Aliyun.Acs.Ims.Model.V20190815.UpdateLoginProfileRequest", "UserPrincipalName")]
    [InlineData("AlibabaCloud.SDK.Ims20190815.Models.UpdateLoginProfileRequest", "UserPrincipalName")]
    public Task UpdateTurnsMfaOff_Diagnostic(string type, string user) => VerifyCS.VerifyAnalyzerAsync(
        $$"""
        class Support
        {
            object Initializer() => {|#0:new {{type}}|} { {{user}} = "alice", MFABindRequired = false };

            object ThroughLocal()
            {
                var request = {|#1:new {{type}}()|};
                request.{{user}} = "alice";
                request.MFABindRequired = false;
                return request;
            }
        }
        """,
        VerifyCS.Diagnostic(Descriptors.ConsoleLoginMfaTurnedOff).WithLocation(0).WithArguments("UpdateLoginProfileRequest"),
        VerifyCS.Diagnostic(Descriptors.ConsoleLoginMfaTurnedOff).WithLocation(1).WithArguments("UpdateLoginProfileRequest"));

    [Fact]
    public Task MfaRequiredOrUnknown_NoDiagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Ram20150501.Models;
        class Onboarding
        {
            private CreateLoginProfileRequest? _pending;

            void Create(AlibabaCloud.SDK.Ram20150501.Client ram, string password, bool requireMfa)
            {
                ram.CreateLoginProfile(new CreateLoginProfileRequest { UserName = "alice", Password = password, MFABindRequired = true });
                ram.CreateLoginProfile(new CreateLoginProfileRequest { UserName = "bob", Password = password, MFABindRequired = requireMfa });

                // Set false, then true: the request sent requires MFA.
                var later = new CreateLoginProfileRequest { UserName = "carol", Password = password, MFABindRequired = false };
                later.MFABindRequired = true;
                ram.CreateLoginProfile(later);

                // An IMS profile whose console logon is off needs no MFA.
                var inactive = new AlibabaCloud.SDK.Ims20190815.Models.CreateLoginProfileRequest { UserPrincipalName = "dave@example.onaliyun.com", Password = password, Status = "Inactive" };

                // Updates that leave MFA alone, or turn it on.
                ram.UpdateLoginProfile(new UpdateLoginProfileRequest { UserName = "alice", Password = password });
                ram.UpdateLoginProfile(new UpdateLoginProfileRequest { UserName = "alice", MFABindRequired = true });
                var v1 = new Aliyun.Acs.Ram.Model.V20150501.UpdateLoginProfileRequest { UserName = "alice", PasswordResetRequired = false };
            }

            // Requests that leave the member unset may be completed elsewhere (as RAM006 judges escapes).
            CreateLoginProfileRequest Factory(string password) => new CreateLoginProfileRequest { UserName = "erin", Password = password };

            void Stored(string password) => _pending = new CreateLoginProfileRequest { UserName = "frank", Password = password };

            void Helper(string password) => Complete(new Aliyun.Acs.Ims.Model.V20190815.CreateLoginProfileRequest { UserPrincipalName = "gina@example.onaliyun.com" });

            static void Complete(Aliyun.Acs.Ims.Model.V20190815.CreateLoginProfileRequest request) => request.MFABindRequired = true;
        }

        namespace Decoy
        {
            class CreateLoginProfileRequest { public bool? MFABindRequired { get; set; } }
            class Use { object M() => new CreateLoginProfileRequest(); }
        }
        """);

    [Fact]
    public Task NoSdkReferenced_NoDiagnostic() => VerifyCS.VerifyAnalyzerAsync(
        "class CreateLoginProfileRequest { public bool? MFABindRequired { get; set; } object M() => new CreateLoginProfileRequest(); }",
        referenceSdk: false);
}
