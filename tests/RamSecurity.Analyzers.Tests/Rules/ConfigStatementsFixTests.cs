using Microsoft.CodeAnalysis.Testing;
using RamSecurity.Analyzers.CodeFixes;
using Xunit;
using LongLivedFix = RamSecurity.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<RamSecurity.Analyzers.Credentials.LongLivedAccessKeyAnalyzer, RamSecurity.Analyzers.CodeFixes.UseTemporaryCredentialsFix>;
using RootFix = RamSecurity.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<RamSecurity.Analyzers.Credentials.RootAccountCredentialAnalyzer, RamSecurity.Analyzers.CodeFixes.UseTemporaryCredentialsFix>;

namespace RamSecurity.Analyzers.Tests.Rules;

/// <summary>
/// RAM005 (on the Config) and RAM004 (on each assignment) where OpenApiClient's Config gets its pair by statements
/// through the local holding it: the assignments go and <c>config.Credential = ...;</c> takes the last one's place.
/// </summary>
public class ConfigStatementsFixTests
{
    private const string Source = """
        using AlibabaCloud.OpenApiClient.Models;

        class Clients
        {
            AlibabaCloud.OpenApiClient.Client Create(string id, string secret)
            {
                var config = [|new Config()|];
                config.RegionId = "cn-hangzhou";
                // The pair of the deploy user.
                config.AccessKeyId = id;
                config.AccessKeySecret = secret; // from settings
                return new AlibabaCloud.OpenApiClient.Client(config);
            }
        }
        """;

    [Fact]
    public Task DefaultChain() => new LongLivedFix.Test
    {
        TestCode = Source,
        FixedCode = """
            using AlibabaCloud.OpenApiClient.Models;

            class Clients
            {
                AlibabaCloud.OpenApiClient.Client Create(string id, string secret)
                {
                    var config = new Config();
                    config.RegionId = "cn-hangzhou";
                    // The pair of the deploy user.
                    config.Credential = new Aliyun.Credentials.Client(); // from settings
                    return new AlibabaCloud.OpenApiClient.Client(config);
                }
            }
            """,
        CodeActionEquivalenceKey = UseTemporaryCredentialsFix.DefaultChainKey,
    }.RunAsync();

    [Fact]
    public Task AssumeRole() => new LongLivedFix.Test
    {
        TestCode = Source,
        FixedCode = """
            using AlibabaCloud.OpenApiClient.Models;

            class Clients
            {
                AlibabaCloud.OpenApiClient.Client Create(string id, string secret)
                {
                    var config = new Config();
                    config.RegionId = "cn-hangzhou";
                    // The pair of the deploy user.
                    config.Credential = new Aliyun.Credentials.Client(new Aliyun.Credentials.Models.Config
                    {
                        Type = "ram_role_arn",
                        AccessKeyId = id,
                        AccessKeySecret = secret,
                        RoleArn = System.Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ROLE_ARN"),
                        RoleSessionName = "Clients",
                        RoleSessionExpiration = 900,
                    }); // from settings
                    return new AlibabaCloud.OpenApiClient.Client(config);
                }
            }
            """,
        CodeActionEquivalenceKey = UseTemporaryCredentialsFix.AssumeRoleKey,
    }.RunAsync();

    [Fact]
    public Task InitializerAndStatement_DefaultChain() => new LongLivedFix.Test
    {
        TestCode = """
            class Clients
            {
                void Create(string id, string secret)
                {
                    var config = [|new AlibabaCloud.OpenApiClient.Models.Config|] { AccessKeyId = id, RegionId = "cn-hangzhou" };
                    config.AccessKeySecret = secret;
                    var client = new AlibabaCloud.OpenApiClient.Client(config);
                }
            }
            """,
        FixedCode = """
            class Clients
            {
                void Create(string id, string secret)
                {
                    var config = new AlibabaCloud.OpenApiClient.Models.Config { RegionId = "cn-hangzhou" };
                    config.Credential = new Aliyun.Credentials.Client();
                    var client = new AlibabaCloud.OpenApiClient.Client(config);
                }
            }
            """,
        CodeActionEquivalenceKey = UseTemporaryCredentialsFix.DefaultChainKey,
    }.RunAsync();

    [Fact]
    public Task RootKeysOnEachAssignment_FixedOnce() => new RootFix.Test
    {
        TestCode = """
            class Clients
            {
                void Create(string rootAccessKeyId, string rootAccessKeySecret)
                {
                    var config = new AlibabaCloud.OpenApiClient.Models.Config();
                    {|RAM004:config.AccessKeyId = rootAccessKeyId|};
                    {|RAM004:config.AccessKeySecret = rootAccessKeySecret|};
                    var client = new AlibabaCloud.OpenApiClient.Client(config);
                }
            }
            """,
        FixedCode = """
            class Clients
            {
                void Create(string rootAccessKeyId, string rootAccessKeySecret)
                {
                    var config = new AlibabaCloud.OpenApiClient.Models.Config();
                    config.Credential = new Aliyun.Credentials.Client();
                    var client = new AlibabaCloud.OpenApiClient.Client(config);
                }
            }
            """,
        CodeActionEquivalenceKey = UseTemporaryCredentialsFix.DefaultChainKey,
        MarkupOptions = MarkupOptions.UseFirstDescriptor,
    }.RunAsync();

    [Fact]
    public Task ConfigPassedOutsideTheSdk_NoFix()
    {
        const string Escaping = """
            class Clients
            {
                void Create(string id, string secret)
                {
                    var config = [|new AlibabaCloud.OpenApiClient.Models.Config()|];
                    config.AccessKeyId = id;
                    config.AccessKeySecret = secret;
                    Complete(config);
                }

                void Complete(AlibabaCloud.OpenApiClient.Models.Config config) { }
            }
            """;
        return new LongLivedFix.Test { TestCode = Escaping, FixedCode = Escaping }.RunAsync();
    }

    [Fact]
    public Task PairAlsoSetInANestedBlock_NoFix()
    {
        const string Nested = """
            class Clients
            {
                void Create(string id, string secret, bool other)
                {
                    var config = [|new AlibabaCloud.OpenApiClient.Models.Config()|];
                    config.AccessKeyId = id;
                    config.AccessKeySecret = secret;
                    if (other)
                    {
                        config.AccessKeySecret = secret + "2";
                    }

                    var client = new AlibabaCloud.OpenApiClient.Client(config);
                }
            }
            """;
        return new LongLivedFix.Test { TestCode = Nested, FixedCode = Nested }.RunAsync();
    }
}
