using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using RamSecurity.Analyzers.CodeFixes;
using RamSecurity.Analyzers.Tests.Verifiers;
using Xunit;
using LongLivedFix = RamSecurity.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<RamSecurity.Analyzers.Credentials.LongLivedAccessKeyAnalyzer, RamSecurity.Analyzers.CodeFixes.UseTemporaryCredentialsFix>;
using RootFix = RamSecurity.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<RamSecurity.Analyzers.Credentials.RootAccountCredentialAnalyzer, RamSecurity.Analyzers.CodeFixes.UseTemporaryCredentialsFix>;

namespace RamSecurity.Analyzers.Tests.Rules;

/// <summary>
/// RAM005 and RAM004 on <c>new OssClient(endpoint, id, secret[, configuration])</c>: the provider overload with the
/// project's OssCredentialsProvider, added once per project at the end of the file of the first client fixed (no new
/// document: dotnet format's MSBuildWorkspace would add it to the project file). The verifier compiles every fixed
/// project with warnings as the bar and runs Fix All in document, project and solution.
/// </summary>
public class OssClientFixTests
{

    [Fact]
    public Task DefaultChain_AddsTheProviderClass()
    {
        var test = new LongLivedFix.Test
        {
            TestCode = """
                using Aliyun.OSS;

                namespace Shop.Storage;

                class Uploads
                {
                    OssClient Create(string endpoint, string id, string secret) =>
                        [|new OssClient(endpoint, id, secret)|]; // keys from settings
                }
                """,
            FixedCode = """
                using Aliyun.OSS;
                using Aliyun.OSS.Common.Authentication;

                namespace Shop.Storage;

                class Uploads
                {
                    OssClient Create(string endpoint, string id, string secret) =>
                        new OssClient(endpoint, new OssCredentialsProvider(new Aliyun.Credentials.Client())); // keys from settings
                }


                """ + Provider(),
            CodeActionEquivalenceKey = UseTemporaryCredentialsFix.DefaultChainKey,
        };
        return test.RunAsync();
    }

    [Fact]
    public Task AssumeRole_UriEndpointAndConfiguration()
    {
        var test = new LongLivedFix.Test
        {
            TestCode = """
                using System;
                using Aliyun.OSS;
                using Aliyun.OSS.Common;

                namespace Shop
                {
                    class Uploads
                    {
                        OssClient Create(Uri endpoint, string id, string secret, ClientConfiguration configuration)
                        {
                            // One client for the whole app.
                            return [|new OssClient(
                                endpoint,
                                id,
                                secret,
                                configuration)|];
                        }
                    }
                }
                """,
            FixedCode = """
                using System;
                using Aliyun.OSS;
                using Aliyun.OSS.Common;
                using Aliyun.OSS.Common.Authentication;

                namespace Shop
                {
                    class Uploads
                    {
                        OssClient Create(Uri endpoint, string id, string secret, ClientConfiguration configuration)
                        {
                            // One client for the whole app.
                            return new OssClient(
                                endpoint,
                                new OssCredentialsProvider(new Aliyun.Credentials.Client(new Aliyun.Credentials.Models.Config
                                {
                                    Type = "ram_role_arn",
                                    AccessKeyId = id,
                                    AccessKeySecret = secret,
                                    RoleArn = Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ROLE_ARN"),
                                    RoleSessionName = "Uploads",
                                    RoleSessionExpiration = 900,
                                })),
                                configuration);
                        }
                    }


                """ + Provider("    ") + """

                }
                """,
            CodeActionEquivalenceKey = UseTemporaryCredentialsFix.AssumeRoleKey,
        };
        return test.RunAsync();
    }

    [Fact]
    public Task FixAll_AddsTheClassOncePerProject()
    {
        var test = new LongLivedFix.Test { CodeActionEquivalenceKey = UseTemporaryCredentialsFix.DefaultChainKey };
        test.TestState.Sources.Add(("/0/Test0.cs", """
            namespace Shop;

            class Uploads
            {
                Aliyun.OSS.OssClient Images(string endpoint, string id, string secret) => [|new Aliyun.OSS.OssClient(endpoint, id, secret)|];

                Aliyun.OSS.OssClient Reports(string endpoint, string id, string secret) => [|new Aliyun.OSS.OssClient(endpoint, id, secret)|];
            }
            """));
        test.TestState.Sources.Add(("/0/Test1.cs", """
            namespace Shop;

            class Downloads
            {
                Aliyun.OSS.OssClient Create(string endpoint, string id, string secret) => [|new Aliyun.OSS.OssClient(endpoint, id, secret)|];
            }
            """));
        test.FixedState.Sources.Add(("/0/Test0.cs", """
            using Aliyun.OSS.Common.Authentication;

            namespace Shop;

            class Uploads
            {
                Aliyun.OSS.OssClient Images(string endpoint, string id, string secret) => new Aliyun.OSS.OssClient(endpoint, new OssCredentialsProvider(new Aliyun.Credentials.Client()));

                Aliyun.OSS.OssClient Reports(string endpoint, string id, string secret) => new Aliyun.OSS.OssClient(endpoint, new OssCredentialsProvider(new Aliyun.Credentials.Client()));
            }


            """ + Provider()));
        test.FixedState.Sources.Add(("/0/Test1.cs", """
            namespace Shop;

            class Downloads
            {
                Aliyun.OSS.OssClient Create(string endpoint, string id, string secret) => new Aliyun.OSS.OssClient(endpoint, new OssCredentialsProvider(new Aliyun.Credentials.Client()));
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task ExistingProviderClass_IsReused()
    {
        var provider = "using Aliyun.OSS.Common.Authentication;\n\nnamespace Shop;\n\n" + Provider() + "\n";
        var test = new LongLivedFix.Test { CodeActionEquivalenceKey = UseTemporaryCredentialsFix.DefaultChainKey };
        test.TestState.Sources.Add(("/0/Test0.cs", """
            namespace Shop.Storage;

            class Uploads
            {
                Aliyun.OSS.OssClient Create(string endpoint, string id, string secret) => [|new Aliyun.OSS.OssClient(endpoint, id, secret)|];
            }
            """));
        test.TestState.Sources.Add(("/0/Security/OssCredentialsProvider.cs", provider));
        test.FixedState.Sources.Add(("/0/Test0.cs", """
            namespace Shop.Storage;

            class Uploads
            {
                Aliyun.OSS.OssClient Create(string endpoint, string id, string secret) => new Aliyun.OSS.OssClient(endpoint, new OssCredentialsProvider(new Aliyun.Credentials.Client()));
            }
            """));
        test.FixedState.Sources.Add(("/0/Security/OssCredentialsProvider.cs", provider));
        return test.RunAsync();
    }

    [Fact]
    public Task RootKeys_AssumeRoleReadsTheCallerFromTheEnvironment()
    {
        var test = new RootFix.Test
        {
            TestCode = """
                class Uploads
                {
                    Aliyun.OSS.OssClient Create(string endpoint, string rootAccessKeyId, string rootAccessKeySecret) =>
                        {|RAM004:new Aliyun.OSS.OssClient(endpoint, rootAccessKeyId, rootAccessKeySecret)|};
                }
                """,
            FixedCode = """
                using Aliyun.OSS.Common.Authentication;

                class Uploads
                {
                    Aliyun.OSS.OssClient Create(string endpoint, string rootAccessKeyId, string rootAccessKeySecret) =>
                        new Aliyun.OSS.OssClient(endpoint, new OssCredentialsProvider(new Aliyun.Credentials.Client(new Aliyun.Credentials.Models.Config
                        {
                            Type = "ram_role_arn",
                            AccessKeyId = System.Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID"),
                            AccessKeySecret = System.Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
                            RoleArn = System.Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ROLE_ARN"),
                            RoleSessionName = "Uploads",
                            RoleSessionExpiration = 900,
                        })));
                }


                """ + Provider(),
            CodeActionEquivalenceKey = UseTemporaryCredentialsFix.AssumeRoleKey,
            MarkupOptions = MarkupOptions.UseFirstDescriptor,
        };
        return test.RunAsync();
    }

    [Fact]
    public Task WithoutAliyunCredentials_NoFix()
    {
        const string Source = """
            class Uploads
            {
                Aliyun.OSS.OssClient Create(string endpoint, string id, string secret) => [|new Aliyun.OSS.OssClient(endpoint, id, secret)|];
            }
            """;
        var test = new LongLivedFix.Test(referenceSdk: false) { TestCode = Source, FixedCode = Source };
        test.TestState.AdditionalReferences.AddRange(TestEnvironment.SdkStubs.Where(r => !r.Display!.EndsWith("Aliyun.Credentials.dll", StringComparison.Ordinal)));
        return test.RunAsync();
    }

    [Fact]
    public Task NameTakenByAnotherType_NoFix()
    {
        const string Source = """
            namespace Shop;

            class OssCredentialsProvider { }

            class Uploads
            {
                Aliyun.OSS.OssClient Create(string endpoint, string id, string secret) => [|new Aliyun.OSS.OssClient(endpoint, id, secret)|];
            }
            """;
        return new LongLivedFix.Test { TestCode = Source, FixedCode = Source }.RunAsync();
    }

    [Fact]
    public Task NameTakenInAnotherNamespace_NoFix()
    {
        const string Source = """
            namespace Shop.Storage;

            class Uploads
            {
                Aliyun.OSS.OssClient Create(string endpoint, string id, string secret) => [|new Aliyun.OSS.OssClient(endpoint, id, secret)|];
            }
            """;
        const string Taken = "namespace Shop.Security;\n\ninternal sealed class OssCredentialsProvider { }\n";
        var test = new LongLivedFix.Test();
        test.TestState.Sources.Add(("/0/Test0.cs", Source));
        test.TestState.Sources.Add(("/0/Test1.cs", Taken));
        test.FixedState.Sources.Add(("/0/Test0.cs", Source));
        test.FixedState.Sources.Add(("/0/Test1.cs", Taken));
        return test.RunAsync();
    }

    [Fact]
    public Task CrLfFile_KeepsItsLineEndings()
    {
        var test = new LongLivedFix.Test
        {
            TestCode = """
                namespace Shop;

                class Uploads
                {
                    Aliyun.OSS.OssClient Create(string endpoint, string id, string secret) => [|new Aliyun.OSS.OssClient(endpoint, id, secret)|];
                }

                """.ReplaceLineEndings("\r\n"),
            FixedCode = ("""
                using Aliyun.OSS.Common.Authentication;

                namespace Shop;

                class Uploads
                {
                    Aliyun.OSS.OssClient Create(string endpoint, string id, string secret) => new Aliyun.OSS.OssClient(endpoint, new OssCredentialsProvider(new Aliyun.Credentials.Client()));
                }


                """ + Provider() + "\n").ReplaceLineEndings("\r\n"),
            CodeActionEquivalenceKey = UseTemporaryCredentialsFix.DefaultChainKey,
        };
        return test.RunAsync();
    }

    [Fact]
    public Task TopLevelStatements_ClassAfterThem()
    {
        var test = new LongLivedFix.Test
        {
            TestCode = """
                var endpoint = "https://oss-cn-hangzhou.aliyuncs.com";
                var client = [|new Aliyun.OSS.OssClient(endpoint, args[0], args[1])|];
                System.Console.WriteLine(client);
                """,
            FixedCode = """
                using Aliyun.OSS.Common.Authentication;

                var endpoint = "https://oss-cn-hangzhou.aliyuncs.com";
                var client = new Aliyun.OSS.OssClient(endpoint, new OssCredentialsProvider(new Aliyun.Credentials.Client()));
                System.Console.WriteLine(client);


                """ + Provider(),
            CodeActionEquivalenceKey = UseTemporaryCredentialsFix.DefaultChainKey,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    [Fact]
    public Task TokenAndNamedArguments_NoFix()
    {
        const string Source = """
            class Uploads
            {
                Aliyun.OSS.OssClient Named(string endpoint, string id, string secret) =>
                    [|new Aliyun.OSS.OssClient(endpoint, accessKeySecret: secret, accessKeyId: id)|];

                Aliyun.OSS.OssClient Sts(string endpoint, string id, string secret, string token) => new Aliyun.OSS.OssClient(endpoint, id, secret, token);
            }
            """;
        return new LongLivedFix.Test { TestCode = Source, FixedCode = Source }.RunAsync();
    }

    /// <summary>The class the fix adds, as a person would write it, each line after <paramref name="indent"/>; no line break after it.</summary>
    internal static string Provider(string indent = "")
    {
        const string Body = """
            /// <summary>
            /// Temporary credentials for <see cref="Aliyun.OSS.OssClient"/> from Aliyun.Credentials (the default credential
            /// chain, or a RAM role): OssClient asks its provider before every request, so the credentials are renewed before
            /// they expire, for the client's whole life.
            /// </summary>
            internal sealed class OssCredentialsProvider : ICredentialsProvider
            {
                private readonly Aliyun.Credentials.Client _credentials;

                public OssCredentialsProvider(Aliyun.Credentials.Client credentials) => _credentials = credentials;

                public ICredentials GetCredentials()
                {
                    var credential = _credentials.GetCredential();
                    return new DefaultCredentials(credential.AccessKeyId, credential.AccessKeySecret, credential.SecurityToken);
                }

                // OssClient.SwitchCredentials would pin one static pair again, which the provider exists to avoid.
                public void SetCredentials(ICredentials creds) =>
                    throw new System.NotSupportedException("OssCredentialsProvider renews its credentials itself.");
            }
            """;
        return string.Join("\n", Body.Split('\n').Select(line => line.Length == 0 ? line : indent + line));
    }
}
