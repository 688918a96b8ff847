using Xunit;
using SetFix = RamSecurity.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<RamSecurity.Analyzers.Sessions.SessionDurationNotSetAnalyzer, RamSecurity.Analyzers.CodeFixes.SetSessionDurationFix>;
using ClampFix = RamSecurity.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<RamSecurity.Analyzers.Sessions.SessionDurationTooLongAnalyzer, RamSecurity.Analyzers.CodeFixes.ClampSessionDurationFix>;

namespace RamSecurity.Analyzers.Tests.Rules;

/// <summary>
/// RAM006 and RAM007 fixes: each fixed source compiles with no new error or warning and has no diagnostic left;
/// the verifier also runs Fix All in document, project and solution on every test.
/// </summary>
public class SessionDurationFixTests
{
    [Fact]
    public Task MultiLineInitializerWithTrailingComma_MemberAdded() => SetFix.VerifyCodeFixAsync(
        """
        using Aliyun.Acs.Core;
        using Aliyun.Acs.Sts.Model.V20150401;
        class Sessions
        {
            void Start(IAcsClient client, string roleArn)
            {
                // The request for the nightly export.
                var request = [|new AssumeRoleRequest|]
                {
                    RoleArn = roleArn, // the export role
                    RoleSessionName = "export",
                };
                client.GetAcsResponse(request);
            }
        }
        """,
        """
        using Aliyun.Acs.Core;
        using Aliyun.Acs.Sts.Model.V20150401;
        class Sessions
        {
            void Start(IAcsClient client, string roleArn)
            {
                // The request for the nightly export.
                var request = new AssumeRoleRequest
                {
                    RoleArn = roleArn, // the export role
                    RoleSessionName = "export",
                    DurationSeconds = 900,
                };
                client.GetAcsResponse(request);
            }
        }
        """);

    [Fact]
    public Task MultiLineInitializerWithoutTrailingComma_MemberAdded() => SetFix.VerifyCodeFixAsync(
        """
        using AlibabaCloud.SDK.Sts20150401.Models;
        class Sessions
        {
            void Start(AlibabaCloud.SDK.Sts20150401.Client client, string roleArn)
            {
                client.AssumeRole([|new AssumeRoleRequest|]
                {
                    RoleArn = roleArn
                });
            }
        }
        """,
        """
        using AlibabaCloud.SDK.Sts20150401.Models;
        class Sessions
        {
            void Start(AlibabaCloud.SDK.Sts20150401.Client client, string roleArn)
            {
                client.AssumeRole(new AssumeRoleRequest
                {
                    RoleArn = roleArn,
                    DurationSeconds = 900
                });
            }
        }
        """);

    [Fact]
    public Task SingleLineAndMissingInitializers_MemberAdded() => SetFix.VerifyCodeFixAsync(
        """
        using Aliyun.Acs.Core;
        class Sessions
        {
            void Start(IAcsClient client, string roleArn)
            {
                client.GetAcsResponse([|new Aliyun.Acs.Sts.Model.V20150401.AssumeRoleRequest()|] { RoleArn = roleArn, RoleSessionName = "job" });
                var bare = [|new Aliyun.Acs.Core.Auth.Sts.AssumeRoleRequest()|]; // no initializer yet
                client.GetAcsResponse(bare);
            }
        }
        """,
        """
        using Aliyun.Acs.Core;
        class Sessions
        {
            void Start(IAcsClient client, string roleArn)
            {
                client.GetAcsResponse(new Aliyun.Acs.Sts.Model.V20150401.AssumeRoleRequest() { RoleArn = roleArn, RoleSessionName = "job", DurationSeconds = 900 });
                var bare = new Aliyun.Acs.Core.Auth.Sts.AssumeRoleRequest { DurationSeconds = 900 }; // no initializer yet
                client.GetAcsResponse(bare);
            }
        }
        """);

    [Fact]
    public Task RoleCeilingAndRoleConfig_MemberAdded() => SetFix.VerifyCodeFixAsync(
        """
        using Aliyun.Credentials.Models;
        class Setup
        {
            void Run(AlibabaCloud.SDK.Ram20150501.Client ram)
            {
                ram.CreateRole([|new AlibabaCloud.SDK.Ram20150501.Models.CreateRoleRequest|] { RoleName = "reader" });
                var client = new Aliyun.Credentials.Client([|new Config|] { Type = "ram_role_arn", RoleArn = "acs:ram::123456789012:role/reader" });
            }
        }
        """,
        """
        using Aliyun.Credentials.Models;
        class Setup
        {
            void Run(AlibabaCloud.SDK.Ram20150501.Client ram)
            {
                ram.CreateRole(new AlibabaCloud.SDK.Ram20150501.Models.CreateRoleRequest { RoleName = "reader", MaxSessionDuration = 3600 });
                var client = new Aliyun.Credentials.Client(new Config { Type = "ram_role_arn", RoleArn = "acs:ram::123456789012:role/reader", RoleSessionExpiration = 900 });
            }
        }
        """);

    [Fact]
    public Task ResourceManagerRoleCeiling_MemberAdded() => SetFix.VerifyCodeFixAsync(
        """
        class Setup
        {
            void Run(AlibabaCloud.SDK.ResourceManager20200331.Client manager)
            {
                manager.CreateRole([|new AlibabaCloud.SDK.ResourceManager20200331.Models.CreateRoleRequest|] { RoleName = "reader" });
                var shrink = [|new AlibabaCloud.SDK.Ram20150501.Models.CreateRoleShrinkRequest()|];
            }
        }
        """,
        """
        class Setup
        {
            void Run(AlibabaCloud.SDK.ResourceManager20200331.Client manager)
            {
                manager.CreateRole(new AlibabaCloud.SDK.ResourceManager20200331.Models.CreateRoleRequest { RoleName = "reader", MaxSessionDuration = 3600 });
                var shrink = new AlibabaCloud.SDK.Ram20150501.Models.CreateRoleShrinkRequest { MaxSessionDuration = 3600 };
            }
        }
        """);

    [Fact]
    public Task BuilderChain_CallAddedBeforeBuild() => SetFix.VerifyCodeFixAsync(
        """
        using Aliyun.Credentials.Provider;
        class Providers
        {
            IAlibabaCloudCredentialsProvider Chain(string roleArn) =>
                [|new RamRoleArnCredentialProvider.Builder()|]
                    .RoleArn(roleArn) // from configuration
                    .Build();

            IAlibabaCloudCredentialsProvider OneLine(string roleArn) => [|new OIDCRoleArnCredentialProvider.Builder()|].RoleArn(roleArn).Build();

            void Local(string roleArn)
            {
                var builder = [|new RamRoleArnCredentialProvider.Builder()|];
                builder.RoleArn(roleArn);
                builder.Build().GetCredentials();
            }
        }
        """,
        """
        using Aliyun.Credentials.Provider;
        class Providers
        {
            IAlibabaCloudCredentialsProvider Chain(string roleArn) =>
                new RamRoleArnCredentialProvider.Builder()
                    .RoleArn(roleArn) // from configuration
                    .DurationSeconds(900)
                    .Build();

            IAlibabaCloudCredentialsProvider OneLine(string roleArn) => new OIDCRoleArnCredentialProvider.Builder().RoleArn(roleArn).DurationSeconds(900).Build();

            void Local(string roleArn)
            {
                var builder = new RamRoleArnCredentialProvider.Builder().DurationSeconds(900);
                builder.RoleArn(roleArn);
                builder.Build().GetCredentials();
            }
        }
        """);

    [Fact]
    public Task ProvidersInLocals_StatementAdded() => SetFix.VerifyCodeFixAsync(
        """
        #pragma warning disable CS0618
        using Aliyun.Acs.Core;
        using Aliyun.Acs.Core.Auth;
        using Aliyun.Credentials.Provider;
        class Providers
        {
            void Use(AlibabaCloudCredentials longLived, IAcsClient client, IAlibabaCloudCredentialsProvider source)
            {
                var core = [|new STSAssumeRoleSessionCredentialsProvider(longLived, "acs:ram::123456789012:role/reader", client)|];
                core.GetCredentials();

                RamRoleArnCredentialProvider credentials;
                credentials = [|new RamRoleArnCredentialProvider(source, "acs:ram::123456789012:role/reader")|];
                credentials.GetCredentials();
            }
        }
        """,
        """
        #pragma warning disable CS0618
        using Aliyun.Acs.Core;
        using Aliyun.Acs.Core.Auth;
        using Aliyun.Credentials.Provider;
        class Providers
        {
            void Use(AlibabaCloudCredentials longLived, IAcsClient client, IAlibabaCloudCredentialsProvider source)
            {
                var core = new STSAssumeRoleSessionCredentialsProvider(longLived, "acs:ram::123456789012:role/reader", client);
                core.WithRoleSessionDurationSeconds(900);
                core.GetCredentials();

                RamRoleArnCredentialProvider credentials;
                credentials = new RamRoleArnCredentialProvider(source, "acs:ram::123456789012:role/reader");
                credentials.durationSeconds = 900;
                credentials.GetCredentials();
            }
        }
        """);

    [Fact]
    public Task ConfiguredFixDuration_Used()
    {
        var test = new SetFix.Test
        {
            TestCode = "class S { object M(Aliyun.Acs.Core.IAcsClient c) => c.GetAcsResponse([|new Aliyun.Acs.Sts.Model.V20150401.AssumeRoleRequest()|]); }",
            FixedCode = "class S { object M(Aliyun.Acs.Core.IAcsClient c) => c.GetAcsResponse(new Aliyun.Acs.Sts.Model.V20150401.AssumeRoleRequest { DurationSeconds = 1200 }); }",
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\nram_security.fix_session_duration = 1200\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task FixDurationAboveMaximum_CappedAtMaximum()
    {
        var test = new SetFix.Test
        {
            TestCode = "class S { object M(Aliyun.Acs.Core.IAcsClient c) => c.GetAcsResponse([|new Aliyun.Acs.Sts.Model.V20150401.AssumeRoleRequest()|]); }",
            FixedCode = "class S { object M(Aliyun.Acs.Core.IAcsClient c) => c.GetAcsResponse(new Aliyun.Acs.Sts.Model.V20150401.AssumeRoleRequest { DurationSeconds = 1000 }); }",
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\nram_security.fix_session_duration = 1800\nram_security.max_session_duration = 1000\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task ProviderNotInALocal_NoFixOffered()
    {
        const string Source = """
            using Aliyun.Acs.Core;
            using Aliyun.Acs.Core.Auth;
            class Providers
            {
                AlibabaCloudCredentials Get(AlibabaCloudCredentials longLived, IAcsClient client) =>
                    [|new STSAssumeRoleSessionCredentialsProvider(longLived, "r", client)|].GetCredentials();
            }
            """;
        return new SetFix.Test { TestCode = Source, FixedCode = Source }.RunAsync();
    }

    [Fact]
    public Task TooLong_ReplacedWithMaximumKeepingComments() => ClampFix.VerifyCodeFixAsync(
        """
        using System;
        using Aliyun.Acs.Sts.Model.V20150401;
        using Aliyun.Acs.Core.Auth;
        class Sessions
        {
            void Create(STSAssumeRoleSessionCredentialsProvider provider)
            {
                var a = new AssumeRoleRequest
                {
                    DurationSeconds = /* two hours */ [|7200|], // long export
                };
                var b = new AssumeRoleRequest { DurationSeconds = [|(long)TimeSpan.FromHours(12).TotalSeconds|] };
                var c = new AssumeRoleRequest { DurationSeconds = [|300|] };
                provider.WithRoleSessionDurationSeconds([|7200|]);
                var role = new AlibabaCloud.SDK.Ram20150501.Models.CreateRoleRequest { MaxSessionDuration = [|43200|] };
                var small = new AlibabaCloud.SDK.Ram20150501.Models.UpdateRoleRequest { NewMaxSessionDuration = [|1800|] };
            }
        }
        """,
        """
        using System;
        using Aliyun.Acs.Sts.Model.V20150401;
        using Aliyun.Acs.Core.Auth;
        class Sessions
        {
            void Create(STSAssumeRoleSessionCredentialsProvider provider)
            {
                var a = new AssumeRoleRequest
                {
                    DurationSeconds = /* two hours */ 3600, // long export
                };
                var b = new AssumeRoleRequest { DurationSeconds = 3600 };
                var c = new AssumeRoleRequest { DurationSeconds = 900 };
                provider.WithRoleSessionDurationSeconds(3600);
                var role = new AlibabaCloud.SDK.Ram20150501.Models.CreateRoleRequest { MaxSessionDuration = 3600 };
                var small = new AlibabaCloud.SDK.Ram20150501.Models.UpdateRoleRequest { NewMaxSessionDuration = 3600 };
            }
        }
        """);

    [Fact]
    public Task ConfiguredMaximum_UsedByTheFix()
    {
        var test = new ClampFix.Test
        {
            TestCode = """
                class Sessions
                {
                    object A() => new Aliyun.Credentials.Models.Config { Type = "ram_role_arn", RoleSessionExpiration = [|86400|] };
                    object B() => new Aliyun.Credentials.Provider.RamRoleArnCredentialProvider.Builder().DurationSeconds([|10000|]).Build();
                    void C(Aliyun.Acs.Core.Auth.STSAssumeRoleSessionCredentialsProvider p) => p.WithRoleSessionDurationSeconds([|7201|]);
                }
                """,
            FixedCode = """
                class Sessions
                {
                    object A() => new Aliyun.Credentials.Models.Config { Type = "ram_role_arn", RoleSessionExpiration = 7200 };
                    object B() => new Aliyun.Credentials.Provider.RamRoleArnCredentialProvider.Builder().DurationSeconds(7200).Build();
                    void C(Aliyun.Acs.Core.Auth.STSAssumeRoleSessionCredentialsProvider p) => p.WithRoleSessionDurationSeconds(3600);
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\nram_security.max_session_duration = 7200\n"));
        return test.RunAsync();
    }
}
