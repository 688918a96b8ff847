using Xunit;
using static RamSecurity.Analyzers.Tests.FakeCredentials;
using VerifyCS = RamSecurity.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<RamSecurity.Analyzers.Credentials.CommentCredentialAnalyzer>;
using VerifyFix = RamSecurity.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<RamSecurity.Analyzers.Credentials.CommentCredentialAnalyzer, RamSecurity.Analyzers.CodeFixes.RemoveHardcodedCredentialFix>;

namespace RamSecurity.Analyzers.Tests.Rules;

/// <summary>RAM001 and RAM003 in comments, documentation comments and inactive regions, and the fix that redacts them.</summary>
public class CommentCredentialTests
{
    [Fact]
    public Task EveryKindOfComment_Diagnostic() => VerifyCS.VerifyAnalyzerAsync(
        $$"""
        /// <summary>Uploads reports. Test key: <c>{|#0:{{AccessKeyId}}|}</c>.</summary>
        class Uploader
        {
            // TODO remove: {|#1:{{AccessKeyId}}|}
            /* token for the demo: {|#2:{{SecurityToken}}|} */
            void Upload() { }
        #if NEVER
            const string Key = "{|#3:{{OtherAccessKeyId}}|}";
        #endif
        }
        """,
        referenceSdk: false,
        VerifyCS.Diagnostic(Descriptors.HardcodedAccessKeyId).WithLocation(0).WithArguments("LTAI****", "ALIBABA_CLOUD_ACCESS_KEY_ID"),
        VerifyCS.Diagnostic(Descriptors.HardcodedAccessKeyId).WithLocation(1).WithArguments("LTAI****", "ALIBABA_CLOUD_ACCESS_KEY_ID"),
        VerifyCS.Diagnostic(Descriptors.HardcodedSecurityToken).WithLocation(2).WithArguments("CAIS****", "ALIBABA_CLOUD_SECURITY_TOKEN"),
        VerifyCS.Diagnostic(Descriptors.HardcodedAccessKeyId).WithLocation(3).WithArguments("LTAI****", "ALIBABA_CLOUD_ACCESS_KEY_ID"));

    [Fact]
    public Task CodeLiteralsAndLookAlikes_NoDiagnostic() => VerifyCS.VerifyAnalyzerAsync(
        $$"""
        class Settings
        {
            // The literal below is the literal scanner's business, not this rule's.
            public string Id = "{{AccessKeyId}}";
            // Masked documentation examples and words: LTAI4GFTgcR8m8cZQDTH****, LTAIshort, XLTAI5tFakeExampleKey0001, CAISshort.
            public string Name = "LTAI";
        }
        """,
        referenceSdk: false);

    [Fact]
    public Task Redact_KeepsTheRestOfTheComment() => VerifyFix.VerifyCodeFixAsync(
        $$"""
        /// <summary>Test key: <c>{|RAM001:{{AccessKeyId}}|}</c>, do not use.</summary>
        class Uploader
        {
            // TODO remove {|RAM001:{{AccessKeyId}}|} before release
            /* token {|RAM003:{{SecurityToken}}|} expired */
            void Upload() { }
        #if NEVER
            const string Key = "{|RAM001:{{OtherAccessKeyId}}|}"; // old
        #endif
        }
        """,
        """
        /// <summary>Test key: <c>LTAI****</c>, do not use.</summary>
        class Uploader
        {
            // TODO remove LTAI**** before release
            /* token CAIS**** expired */
            void Upload() { }
        #if NEVER
            const string Key = "LTAI****"; // old
        #endif
        }
        """);
}
