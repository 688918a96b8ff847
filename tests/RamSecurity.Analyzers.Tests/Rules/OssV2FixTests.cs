using RamSecurity.Analyzers.CodeFixes;
using RamSecurity.Analyzers.Tests.Verifiers;
using Xunit;
using LongLivedFix = RamSecurity.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<RamSecurity.Analyzers.Credentials.LongLivedAccessKeyAnalyzer, RamSecurity.Analyzers.CodeFixes.UseTemporaryCredentialsFix>;

namespace RamSecurity.Analyzers.Tests.Rules;

/// <summary>
/// RAM005 on OSS SDK V2's <c>new StaticCredentialsProvider(id, secret)</c>: the SDK's environment provider, or a
/// <c>CredentialsProviderFunc</c> over an Aliyun.Credentials client (the chain, or a role). Fixed code compiles with
/// warnings and nullable on as the bar; Fix All runs in document, project and solution.
/// </summary>
public class OssV2FixTests
{
    private const string Source = """
        using AlibabaCloud.OSS.V2;
        using AlibabaCloud.OSS.V2.Credentials;

        class Uploads
        {
            Client Create(string id, string secret)
            {
                var cfg = Configuration.LoadDefault();
                cfg.Region = "cn-hangzhou";
                // Keys of the upload user.
                cfg.CredentialsProvider = [|new StaticCredentialsProvider(id, secret)|];
                return new Client(cfg);
            }
        }
        """;

    [Fact]
    public Task ReadEnvironment() => new LongLivedFix.Test
    {
        TestCode = Source,
        FixedCode = """
            using AlibabaCloud.OSS.V2;
            using AlibabaCloud.OSS.V2.Credentials;

            class Uploads
            {
                Client Create(string id, string secret)
                {
                    var cfg = Configuration.LoadDefault();
                    cfg.Region = "cn-hangzhou";
                    // Keys of the upload user.
                    cfg.CredentialsProvider = new EnvironmentVariableCredentialsProvider();
                    return new Client(cfg);
                }
            }
            """,
        CodeActionEquivalenceKey = UseTemporaryCredentialsFix.ReadEnvironmentKey,
    }.RunAsync();

    [Fact]
    public Task DefaultChain() => new LongLivedFix.Test
    {
        TestCode = Source,
        FixedCode = """
            using AlibabaCloud.OSS.V2;
            using AlibabaCloud.OSS.V2.Credentials;

            class Uploads
            {
                Client Create(string id, string secret)
                {
                    var cfg = Configuration.LoadDefault();
                    cfg.Region = "cn-hangzhou";
                    var credentialsClient = new Aliyun.Credentials.Client();
                    // Keys of the upload user.
                    cfg.CredentialsProvider = new CredentialsProviderFunc(() =>
                    {
                        var credential = credentialsClient.GetCredential();
                        return new Credentials(credential.AccessKeyId, credential.AccessKeySecret, credential.SecurityToken);
                    });
                    return new Client(cfg);
                }
            }
            """,
        CodeActionEquivalenceKey = UseTemporaryCredentialsFix.DefaultChainKey,
    }.RunAsync();

    [Fact]
    public Task AssumeRole_WithAnAliasAndTakenNames() => new LongLivedFix.Test
    {
        TestCode = """
            using OSS = AlibabaCloud.OSS.V2;

            class Uploads
            {
                OSS.Client Create(string id, string secret, string credential)
                {
                    var cfg = OSS.Configuration.LoadDefault();
                    cfg.CredentialsProvider = [|new OSS.Credentials.StaticCredentialsProvider(id, secret)|];
                    return new OSS.Client(cfg);
                }
            }
            """,
        FixedCode = """
            using OSS = AlibabaCloud.OSS.V2;

            class Uploads
            {
                OSS.Client Create(string id, string secret, string credential)
                {
                    var cfg = OSS.Configuration.LoadDefault();
                    var credentialsClient = new Aliyun.Credentials.Client(new Aliyun.Credentials.Models.Config
                    {
                        Type = "ram_role_arn",
                        AccessKeyId = id,
                        AccessKeySecret = secret,
                        RoleArn = System.Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ROLE_ARN"),
                        RoleSessionName = "Uploads",
                        RoleSessionExpiration = 900,
                    });
                    cfg.CredentialsProvider = new OSS.Credentials.CredentialsProviderFunc(() =>
                    {
                        var credential2 = credentialsClient.GetCredential();
                        return new OSS.Credentials.Credentials(credential2.AccessKeyId, credential2.AccessKeySecret, credential2.SecurityToken);
                    });
                    return new OSS.Client(cfg);
                }
            }
            """,
        CodeActionEquivalenceKey = UseTemporaryCredentialsFix.AssumeRoleKey,
    }.RunAsync();

    [Fact]
    public Task FieldInitializer_OnlyTheEnvironmentProvider()
    {
        const string Field = """
            class Uploads
            {
                private readonly AlibabaCloud.OSS.V2.Credentials.ICredentialsProvider _provider = [|new AlibabaCloud.OSS.V2.Credentials.StaticCredentialsProvider("id", "secret")|];
            }
            """;
        return new LongLivedFix.Test { TestCode = Field, FixedCode = Field, CodeActionEquivalenceKey = UseTemporaryCredentialsFix.DefaultChainKey }.RunAsync();
    }

    [Fact]
    public Task ExactTypeOrNoAliyunCredentials_NoChainFix()
    {
        const string Exact = """
            class Uploads
            {
                void Create(string id, string secret)
                {
                    AlibabaCloud.OSS.V2.Credentials.StaticCredentialsProvider exact = [|new AlibabaCloud.OSS.V2.Credentials.StaticCredentialsProvider(id, secret)|];
                    AlibabaCloud.OSS.V2.Credentials.ICredentialsProvider other = [|new AlibabaCloud.OSS.V2.Credentials.StaticCredentialsProvider(id, secret)|];
                }
            }
            """;
        var test = new LongLivedFix.Test(referenceSdk: false) { TestCode = Exact, FixedCode = Exact, CodeActionEquivalenceKey = UseTemporaryCredentialsFix.DefaultChainKey };
        test.TestState.AdditionalReferences.AddRange(TestEnvironment.SdkStubs.Where(r => !r.Display!.EndsWith("Aliyun.Credentials.dll", StringComparison.Ordinal)));
        return test.RunAsync();
    }
}
