using RamSecurity.Analyzers.CodeFixes;
using Xunit;
using LongLivedFix = RamSecurity.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<RamSecurity.Analyzers.Credentials.LongLivedAccessKeyAnalyzer, RamSecurity.Analyzers.CodeFixes.UseTemporaryCredentialsFix>;
using RootFix = RamSecurity.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<RamSecurity.Analyzers.Credentials.RootAccountCredentialAnalyzer, RamSecurity.Analyzers.CodeFixes.UseTemporaryCredentialsFix>;

namespace RamSecurity.Analyzers.Tests.Rules;

/// <summary>
/// RAM005 and RAM004 fixes, both choices: each fixed source compiles with no new error or warning and has no diagnostic
/// of the rule left; the verifier also runs Fix All in document, project and solution.
/// </summary>
public class UseTemporaryCredentialsFixTests
{
    private const string OpenApiSource = """
        using AlibabaCloud.OpenApiClient.Models;
        class Clients
        {
            Config Create(string id, string secret)
            {
                // The ECS API client.
                var config = [|new Config|]
                {
                    AccessKeyId = id,
                    AccessKeySecret = secret,
                    RegionId = "cn-hangzhou", // nearest region
                };
                return config;
            }
        }
        """;

    [Fact]
    public Task OpenApiConfig_DefaultChain() => Run<LongLivedFix.Test>(
        OpenApiSource,
        """
        using AlibabaCloud.OpenApiClient.Models;
        class Clients
        {
            Config Create(string id, string secret)
            {
                // The ECS API client.
                var config = new Config
                {
                    RegionId = "cn-hangzhou", // nearest region
                    Credential = new Aliyun.Credentials.Client(),
                };
                return config;
            }
        }
        """,
        UseTemporaryCredentialsFix.DefaultChainKey);

    [Fact]
    public Task OpenApiConfig_AssumeRole() => Run<LongLivedFix.Test>(
        OpenApiSource,
        """
        using AlibabaCloud.OpenApiClient.Models;
        class Clients
        {
            Config Create(string id, string secret)
            {
                // The ECS API client.
                var config = new Config
                {
                    RegionId = "cn-hangzhou", // nearest region
                    Credential = new Aliyun.Credentials.Client(new Aliyun.Credentials.Models.Config
                    {
                        Type = "ram_role_arn",
                        AccessKeyId = id,
                        AccessKeySecret = secret,
                        RoleArn = System.Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ROLE_ARN"),
                        RoleSessionName = "Clients",
                        RoleSessionExpiration = 900,
                    }),
                };
                return config;
            }
        }
        """,
        UseTemporaryCredentialsFix.AssumeRoleKey);

    [Fact]
    public Task CredentialsConfig_AssumeRole() => Run<LongLivedFix.Test>(
        """
        class Clients
        {
            Aliyun.Credentials.Client Create(string id, string secret) =>
                new Aliyun.Credentials.Client([|new Aliyun.Credentials.Models.Config|] { Type = "access_key", AccessKeyId = id, AccessKeySecret = secret });
        }
        """,
        """
        class Clients
        {
            Aliyun.Credentials.Client Create(string id, string secret) =>
                new Aliyun.Credentials.Client(new Aliyun.Credentials.Models.Config { Type = "ram_role_arn", AccessKeyId = id, AccessKeySecret = secret, RoleArn = System.Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ROLE_ARN"), RoleSessionName = "Clients", RoleSessionExpiration = 900 });
        }
        """,
        UseTemporaryCredentialsFix.AssumeRoleKey);

    [Fact]
    public Task CredentialsConfig_DefaultChain() => Run<LongLivedFix.Test>(
        """
        class Clients
        {
            Aliyun.Credentials.Client Create(string id, string secret) =>
                new Aliyun.Credentials.Client([|new Aliyun.Credentials.Models.Config|] { Type = "access_key", AccessKeyId = id, AccessKeySecret = secret }); // static keys
        }
        """,
        """
        class Clients
        {
            Aliyun.Credentials.Client Create(string id, string secret) =>
                new Aliyun.Credentials.Client(); // static keys
        }
        """,
        UseTemporaryCredentialsFix.DefaultChainKey);

    [Fact]
    public Task CoreProviderAndCredentials_DefaultChain() => Run<LongLivedFix.Test>(
        """
        using Aliyun.Acs.Core.Auth;
        class Clients
        {
            AlibabaCloudCredentialsProvider Provider(string id, string secret) => [|new AccessKeyCredentialProvider(id, secret)|];

            void Use(string id, string secret)
            {
                var provider = [|new AccessKeyCredentialProvider(id, secret)|];
                Take([|new BasicCredentials(id, secret)|]);
            }

            void Take(AlibabaCloudCredentials credentials) { }
        }
        """,
        """
        using Aliyun.Acs.Core.Auth;
        class Clients
        {
            AlibabaCloudCredentialsProvider Provider(string id, string secret) => new Aliyun.Acs.Core.Auth.Provider.DefaultCredentialProvider();

            void Use(string id, string secret)
            {
                var provider = new Aliyun.Acs.Core.Auth.Provider.DefaultCredentialProvider();
                Take(new Aliyun.Acs.Core.Auth.Provider.DefaultCredentialProvider().GetCredentials());
            }

            void Take(AlibabaCloudCredentials credentials) { }
        }
        """,
        UseTemporaryCredentialsFix.DefaultChainKey);

    [Fact]
    public Task RootKeys_AssumeRoleDropsThePair() => Run<RootFix.Test>(
        """
        using AlibabaCloud.OpenApiClient.Models;
        class Clients
        {
            Config Create(string rootAccessKeyId, string rootAccessKeySecret) => {|RAM004:new Config|} { AccessKeyId = rootAccessKeyId, AccessKeySecret = rootAccessKeySecret, RegionId = "cn-hangzhou" };
        }
        """,
        """
        using AlibabaCloud.OpenApiClient.Models;
        class Clients
        {
            Config Create(string rootAccessKeyId, string rootAccessKeySecret) => new Config { RegionId = "cn-hangzhou", Credential = new Aliyun.Credentials.Client(new Aliyun.Credentials.Models.Config { Type = "ram_role_arn", AccessKeyId = System.Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID"), AccessKeySecret = System.Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), RoleArn = System.Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ROLE_ARN"), RoleSessionName = "Clients", RoleSessionExpiration = 900 }) };
        }
        """,
        UseTemporaryCredentialsFix.AssumeRoleKey);

    [Fact]
    public Task RootKeys_DefaultChain() => Run<RootFix.Test>(
        """
        using Aliyun.Acs.Core.Auth;
        class Clients
        {
            AlibabaCloudCredentialsProvider Create(string mainAccountId, string mainAccountSecret) => {|RAM004:new AccessKeyCredentialProvider(mainAccountId, mainAccountSecret)|};
        }
        """,
        """
        using Aliyun.Acs.Core.Auth;
        class Clients
        {
            AlibabaCloudCredentialsProvider Create(string mainAccountId, string mainAccountSecret) => new Aliyun.Acs.Core.Auth.Provider.DefaultCredentialProvider();
        }
        """,
        UseTemporaryCredentialsFix.DefaultChainKey);

    [Fact]
    public Task NoSoundRewrite_NoFix()
    {
        const string Source = """
            #pragma warning disable CS0612, CS0618
            using Aliyun.Acs.Core.Auth;
            class Clients
            {
                void Create(string id, string secret)
                {
                    var legacy = [|new Aliyun.Credentials.AccessKeyCredential(id, secret)|];
                    AccessKeyCredentialProvider exact = [|new AccessKeyCredentialProvider(id, secret)|];
                }
            }
            """;
        return new LongLivedFix.Test { TestCode = Source, FixedCode = Source }.RunAsync();
    }

    private static Task Run<TTest>(string source, string fixedSource, string equivalenceKey)
        where TTest : class => typeof(TTest) == typeof(RootFix.Test)
            ? new RootFix.Test { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = equivalenceKey, MarkupOptions = Microsoft.CodeAnalysis.Testing.MarkupOptions.UseFirstDescriptor }.RunAsync()
            : new LongLivedFix.Test { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = equivalenceKey }.RunAsync();
}
