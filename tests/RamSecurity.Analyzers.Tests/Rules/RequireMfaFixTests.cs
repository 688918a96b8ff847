using Xunit;
using VerifyFix = RamSecurity.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<RamSecurity.Analyzers.Identity.ConsoleLoginAnalyzer, RamSecurity.Analyzers.CodeFixes.RequireMfaFix>;

namespace RamSecurity.Analyzers.Tests.Rules;

/// <summary>RAM012's fix: each fixed source compiles with no new error or warning and has no RAM012 left; the verifier also runs Fix All.</summary>
public class RequireMfaFixTests
{
    [Fact]
    public Task MultiLineInitializer_MemberAddedCommentsKept() => VerifyFix.VerifyCodeFixAsync(
        """
        using AlibabaCloud.SDK.Ram20150501.Models;
        class Onboarding
        {
            void Create(AlibabaCloud.SDK.Ram20150501.Client ram, string password)
            {
                // The operator's first logon.
                ram.CreateLoginProfile({|#0:new CreateLoginProfileRequest|}
                {
                    UserName = "alice", // the new operator
                    Password = password,
                    PasswordResetRequired = true,
                });
            }
        }
        """,
        """
        using AlibabaCloud.SDK.Ram20150501.Models;
        class Onboarding
        {
            void Create(AlibabaCloud.SDK.Ram20150501.Client ram, string password)
            {
                // The operator's first logon.
                ram.CreateLoginProfile(new CreateLoginProfileRequest
                {
                    UserName = "alice", // the new operator
                    Password = password,
                    PasswordResetRequired = true,
                    MFABindRequired = true,
                });
            }
        }
        """,
        VerifyFix.Diagnostic(Descriptors.ConsoleLoginWithoutMfa).WithLocation(0).WithArguments("CreateLoginProfileRequest"));

    [Fact]
    public Task NoInitializer_InitializerAdded() => VerifyFix.VerifyCodeFixAsync(
        """
        using Aliyun.Acs.Core;
        using Aliyun.Acs.Ram.Model.V20150501;
        class Onboarding
        {
            void Create(IAcsClient client, string password)
            {
                var request = {|#0:new CreateLoginProfileRequest()|};
                request.UserName = "alice";
                request.Password = password;
                client.GetAcsResponse(request);
            }
        }
        """,
        """
        using Aliyun.Acs.Core;
        using Aliyun.Acs.Ram.Model.V20150501;
        class Onboarding
        {
            void Create(IAcsClient client, string password)
            {
                var request = new CreateLoginProfileRequest { MFABindRequired = true };
                request.UserName = "alice";
                request.Password = password;
                client.GetAcsResponse(request);
            }
        }
        """,
        VerifyFix.Diagnostic(Descriptors.ConsoleLoginWithoutMfa).WithLocation(0).WithArguments("CreateLoginProfileRequest"));

    [Fact]
    public Task FalseInInitializerAndLater_ReplacedWhereWritten() => VerifyFix.VerifyCodeFixAsync(
        """
        using AlibabaCloud.SDK.Ims20190815.Models;
        class Onboarding
        {
            void Create(AlibabaCloud.SDK.Ims20190815.Client ims, string password)
            {
                ims.CreateLoginProfile({|#0:new CreateLoginProfileRequest|} { UserPrincipalName = "alice@example.onaliyun.com", MFABindRequired = false /* for now */, Password = password });

                var later = {|#1:new CreateLoginProfileRequest|} { UserPrincipalName = "bob@example.onaliyun.com" };
                later.MFABindRequired = null; // decided later
                ims.CreateLoginProfile(later);
            }
        }
        """,
        """
        using AlibabaCloud.SDK.Ims20190815.Models;
        class Onboarding
        {
            void Create(AlibabaCloud.SDK.Ims20190815.Client ims, string password)
            {
                ims.CreateLoginProfile(new CreateLoginProfileRequest { UserPrincipalName = "alice@example.onaliyun.com", MFABindRequired = true /* for now */, Password = password });

                var later = new CreateLoginProfileRequest { UserPrincipalName = "bob@example.onaliyun.com" };
                later.MFABindRequired = true; // decided later
                ims.CreateLoginProfile(later);
            }
        }
        """,
        VerifyFix.Diagnostic(Descriptors.ConsoleLoginWithoutMfa).WithLocation(0).WithArguments("CreateLoginProfileRequest"),
        VerifyFix.Diagnostic(Descriptors.ConsoleLoginWithoutMfa).WithLocation(1).WithArguments("CreateLoginProfileRequest"));

    [Fact]
    public Task UpdateTurningMfaOff_FalseReplaced() => VerifyFix.VerifyCodeFixAsync(
        """
        class Support
        {
            object Reset(string password) => {|#0:new Aliyun.Acs.Ims.Model.V20190815.UpdateLoginProfileRequest|} { UserPrincipalName = "alice@example.onaliyun.com", Password = password, MFABindRequired = (bool?)false };
        }
        """,
        """
        class Support
        {
            object Reset(string password) => new Aliyun.Acs.Ims.Model.V20190815.UpdateLoginProfileRequest { UserPrincipalName = "alice@example.onaliyun.com", Password = password, MFABindRequired = true };
        }
        """,
        VerifyFix.Diagnostic(Descriptors.ConsoleLoginMfaTurnedOff).WithLocation(0).WithArguments("UpdateLoginProfileRequest"));

    [Fact]
    public Task TargetTypedNew_InitializerAdded() => VerifyFix.VerifyCodeFixAsync(
        """
        using AlibabaCloud.SDK.Ram20150501.Models;
        class Onboarding
        {
            void Create(AlibabaCloud.SDK.Ram20150501.Client ram, string password)
            {
                CreateLoginProfileRequest request = {|#0:new()|};
                request.UserName = "alice";
                request.Password = password;
                ram.CreateLoginProfileWithOptions(request, new AlibabaCloud.TeaUtil.Models.RuntimeOptions());
            }
        }
        """,
        """
        using AlibabaCloud.SDK.Ram20150501.Models;
        class Onboarding
        {
            void Create(AlibabaCloud.SDK.Ram20150501.Client ram, string password)
            {
                CreateLoginProfileRequest request = new() { MFABindRequired = true };
                request.UserName = "alice";
                request.Password = password;
                ram.CreateLoginProfileWithOptions(request, new AlibabaCloud.TeaUtil.Models.RuntimeOptions());
            }
        }
        """,
        VerifyFix.Diagnostic(Descriptors.ConsoleLoginWithoutMfa).WithLocation(0).WithArguments("CreateLoginProfileRequest"));

    [Fact]
    public Task NamedConstant_NoFix()
    {
        // The team wrote its decision down as a constant: the fix does not overwrite it.
        const string source = """
            class Onboarding
            {
                private const bool RequireMfa = false;

                object Create() => {|#0:new AlibabaCloud.SDK.Ram20150501.Models.CreateLoginProfileRequest|} { UserName = "alice", MFABindRequired = RequireMfa };
            }
            """;
        return VerifyFix.VerifyCodeFixAsync(source, source,
            VerifyFix.Diagnostic(Descriptors.ConsoleLoginWithoutMfa).WithLocation(0).WithArguments("CreateLoginProfileRequest"));
    }
}
