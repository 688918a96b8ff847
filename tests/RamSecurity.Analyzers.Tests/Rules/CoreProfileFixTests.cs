using Microsoft.CodeAnalysis.Testing;
using RamSecurity.Analyzers.CodeFixes;
using RamSecurity.Analyzers.Sessions;
using RamSecurity.Analyzers.Tests.Verifiers;
using Xunit;
using LongLivedFix = RamSecurity.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<RamSecurity.Analyzers.Credentials.LongLivedAccessKeyAnalyzer, RamSecurity.Analyzers.CodeFixes.UseTemporaryCredentialsFix>;
using RootFix = RamSecurity.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<RamSecurity.Analyzers.Credentials.RootAccountCredentialAnalyzer, RamSecurity.Analyzers.CodeFixes.UseTemporaryCredentialsFix>;

namespace RamSecurity.Analyzers.Tests.Rules;

/// <summary>
/// RAM005 and RAM004 on <c>DefaultProfile.GetProfile(region, id, secret)</c> whose profile goes to <c>new DefaultAcsClient(profile)</c>:
/// the region-only profile and a credentials provider for the client. Fixed code compiles with warnings as the bar,
/// RAM006 included (the role variant sets its duration), and Fix All runs in document, project and solution.
/// </summary>
public class CoreProfileFixTests
{
    private const string LocalSource = """
        using Aliyun.Acs.Core;
        using Aliyun.Acs.Core.Profile;

        class Clients
        {
            IAcsClient Create(string id, string secret)
            {
                // Hangzhou is where the instances run.
                var profile = DefaultProfile.[|GetProfile("cn-hangzhou", id, secret)|];
                profile.AddEndpoint("cn-hangzhou", "cn-hangzhou", "Ecs", "ecs.aliyuncs.com");
                var client = new DefaultAcsClient(profile); // retries on
                return client;
            }
        }
        """;

    [Fact]
    public Task Local_DefaultChain() => Run<LongLivedFix.Test>(
        LocalSource,
        """
        using Aliyun.Acs.Core;
        using Aliyun.Acs.Core.Auth.Provider;
        using Aliyun.Acs.Core.Profile;

        class Clients
        {
            IAcsClient Create(string id, string secret)
            {
                // Hangzhou is where the instances run.
                var profile = DefaultProfile.GetProfile("cn-hangzhou");
                profile.AddEndpoint("cn-hangzhou", "cn-hangzhou", "Ecs", "ecs.aliyuncs.com");
                var client = new DefaultAcsClient(profile, new DefaultCredentialProvider()); // retries on
                return client;
            }
        }
        """,
        UseTemporaryCredentialsFix.DefaultChainKey);

    private const string LocalAssumeRoleFixed = """
        using Aliyun.Acs.Core;
        using Aliyun.Acs.Core.Auth;
        using Aliyun.Acs.Core.Auth.Provider;
        using Aliyun.Acs.Core.Profile;

        class Clients
        {
            IAcsClient Create(string id, string secret)
            {
                // Hangzhou is where the instances run.
                var profile = DefaultProfile.GetProfile("cn-hangzhou");
                var credentialsProvider = new STSAssumeRoleSessionCredentialsProvider(new DefaultCredentialProvider(), System.Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ROLE_ARN"), profile);
                credentialsProvider.WithRoleSessionName("Clients");
                credentialsProvider.WithRoleSessionDurationSeconds(900);
                profile.AddEndpoint("cn-hangzhou", "cn-hangzhou", "Ecs", "ecs.aliyuncs.com");
                var client = new DefaultAcsClient(profile, credentialsProvider); // retries on
                return client;
            }
        }
        """;

    [Fact]
    public Task Local_AssumeRole() => Run<LongLivedFix.Test>(LocalSource, LocalAssumeRoleFixed, UseTemporaryCredentialsFix.AssumeRoleKey);

    /// <summary>The role variant sets the fix duration: RAM006 and RAM007 stay quiet, and RAM006 would fire without it.</summary>
    [Fact]
    public async Task Local_AssumeRole_SessionDurationRulesStayQuiet()
    {
        await CSharpAnalyzerVerifier<SessionDurationNotSetAnalyzer>.VerifyAnalyzerAsync(LocalAssumeRoleFixed);
        await CSharpAnalyzerVerifier<SessionDurationTooLongAnalyzer>.VerifyAnalyzerAsync(LocalAssumeRoleFixed);
        var withoutDuration = LocalAssumeRoleFixed
            .Replace("        credentialsProvider.WithRoleSessionDurationSeconds(900);\n", string.Empty, StringComparison.Ordinal)
            .Replace("new STSAssumeRoleSessionCredentialsProvider(", "{|RAM006:new STSAssumeRoleSessionCredentialsProvider(", StringComparison.Ordinal)
            .Replace("profile);", "profile)|};", StringComparison.Ordinal);
        await CSharpAnalyzerVerifier<SessionDurationNotSetAnalyzer>.VerifyAnalyzerAsync(withoutDuration);
    }

    [Fact]
    public Task Inline_DefaultChain() => Run<LongLivedFix.Test>(
        """
        class Clients
        {
            Aliyun.Acs.Core.IAcsClient Create(string region, string id, string secret) =>
                new Aliyun.Acs.Core.DefaultAcsClient(Aliyun.Acs.Core.Profile.DefaultProfile.[|GetProfile(region, id, secret)|]);
        }
        """,
        """
        using Aliyun.Acs.Core.Auth.Provider;

        class Clients
        {
            Aliyun.Acs.Core.IAcsClient Create(string region, string id, string secret) =>
                new Aliyun.Acs.Core.DefaultAcsClient(Aliyun.Acs.Core.Profile.DefaultProfile.GetProfile(region), new DefaultCredentialProvider());
        }
        """,
        UseTemporaryCredentialsFix.DefaultChainKey);

    [Fact]
    public Task TwoClientsOfOneProfile_BothGetTheProvider() => Run<LongLivedFix.Test>(
        """
        using Aliyun.Acs.Core;
        using Aliyun.Acs.Core.Auth.Provider;
        using Aliyun.Acs.Core.Profile;

        class Clients
        {
            void Create(string id, string secret)
            {
                var profile = DefaultProfile.[|GetProfile("cn-hangzhou", id, secret)|];
                var ecs = new DefaultAcsClient(profile);
                var rds = new DefaultAcsClient(profile);
            }
        }
        """,
        """
        using Aliyun.Acs.Core;
        using Aliyun.Acs.Core.Auth.Provider;
        using Aliyun.Acs.Core.Profile;

        class Clients
        {
            void Create(string id, string secret)
            {
                var profile = DefaultProfile.GetProfile("cn-hangzhou");
                var ecs = new DefaultAcsClient(profile, new DefaultCredentialProvider());
                var rds = new DefaultAcsClient(profile, new DefaultCredentialProvider());
            }
        }
        """,
        UseTemporaryCredentialsFix.DefaultChainKey);

    [Fact]
    public Task RootKeys_DefaultChain() => Run<RootFix.Test>(
        """
        using Aliyun.Acs.Core;
        using Aliyun.Acs.Core.Profile;

        class Clients
        {
            IAcsClient Create(string rootAccessKeyId, string rootAccessKeySecret)
            {
                IClientProfile profile = DefaultProfile.{|RAM004:GetProfile("cn-hangzhou", rootAccessKeyId, rootAccessKeySecret)|};
                return new DefaultAcsClient(profile);
            }
        }
        """,
        """
        using Aliyun.Acs.Core;
        using Aliyun.Acs.Core.Auth.Provider;
        using Aliyun.Acs.Core.Profile;

        class Clients
        {
            IAcsClient Create(string rootAccessKeyId, string rootAccessKeySecret)
            {
                IClientProfile profile = DefaultProfile.GetProfile("cn-hangzhou");
                return new DefaultAcsClient(profile, new DefaultCredentialProvider());
            }
        }
        """,
        UseTemporaryCredentialsFix.DefaultChainKey);

    [Theory]
    [InlineData("return profile;")]
    [InlineData("var credential = profile.GetCredential(); return null!;")]
    [InlineData("Share(profile); return new DefaultAcsClient(profile);")]
    [InlineData("Profile = profile; return new DefaultAcsClient(profile);")]
    [InlineData("return new DefaultAcsClient(profile, new Aliyun.Acs.Core.Auth.Provider.DefaultCredentialProvider());")]
    public Task ProfileUsedBeyondTheClient_NoFix(string use)
    {
        var source = $$"""
            using Aliyun.Acs.Core;
            using Aliyun.Acs.Core.Profile;

            class Clients
            {
                IClientProfile? Profile { get; set; }

                object Create(string id, string secret)
                {
                    var profile = DefaultProfile.[|GetProfile("cn-hangzhou", id, secret)|];
                    {{use}}
                }

                void Share(IClientProfile profile) { }
            }
            """;
        return new LongLivedFix.Test { TestCode = source, FixedCode = source }.RunAsync();
    }

    [Fact]
    public Task InlineInAFieldInitializer_NoRoleVariant()
    {
        const string Source = """
            class Clients
            {
                private readonly Aliyun.Acs.Core.DefaultAcsClient _client =
                    new Aliyun.Acs.Core.DefaultAcsClient(Aliyun.Acs.Core.Profile.DefaultProfile.[|GetProfile("cn-hangzhou", "id", "secret")|]);
            }
            """;
        return new LongLivedFix.Test { TestCode = Source, FixedCode = Source, CodeActionEquivalenceKey = UseTemporaryCredentialsFix.AssumeRoleKey }.RunAsync();
    }

    private static Task Run<TTest>(string source, string fixedSource, string equivalenceKey)
        where TTest : class => typeof(TTest) == typeof(RootFix.Test)
            ? new RootFix.Test { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = equivalenceKey, MarkupOptions = MarkupOptions.UseFirstDescriptor }.RunAsync()
            : new LongLivedFix.Test { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = equivalenceKey }.RunAsync();
}
