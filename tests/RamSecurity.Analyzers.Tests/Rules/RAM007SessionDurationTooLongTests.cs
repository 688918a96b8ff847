using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = RamSecurity.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<RamSecurity.Analyzers.Sessions.SessionDurationTooLongAnalyzer>;

namespace RamSecurity.Analyzers.Tests.Rules;

public class RAM007SessionDurationTooLongTests
{
    private const string AboveDefaultMaximum = "is above the default maximum of 3600 seconds (ram_security.max_session_duration)";
    private const string BelowSts = "is below the 900 seconds STS accepts: AssumeRole fails";
    private const string AboveSts = "is above the 43200 seconds STS accepts: AssumeRole fails";

    [Theory]
    [InlineData("Aliyun.Acs.Sts.Model.V20150401.AssumeRoleRequest")]
    [InlineData("Aliyun.Acs.Sts.Model.V20150401.AssumeRoleWithSAMLRequest")]
    [InlineData("Aliyun.Acs.Sts.Model.V20150401.AssumeRoleWithOIDCRequest")]
    [InlineData("AlibabaCloud.SDK.Sts20150401.Models.AssumeRoleRequest")]
    [InlineData("AlibabaCloud.SDK.Sts20150401.Models.AssumeRoleWithSAMLRequest")]
    [InlineData("AlibabaCloud.SDK.Sts20150401.Models.AssumeRoleWithOIDCRequest")]
    [InlineData("Aliyun.Acs.Core.Auth.Sts.AssumeRoleRequest")]
    public Task RequestDurationAboveMaximum_Diagnostic(string type) => VerifyCS.VerifyAnalyzerAsync(
        $$"""
        class Sessions
        {
            object Create() => new {{type}} { DurationSeconds = {|#0:7200|} };
        }
        """,
        VerifyCS.Diagnostic(Descriptors.SessionDurationTooLong).WithLocation(0).WithArguments("7200", AboveDefaultMaximum));

    [Fact]
    public Task ConstantShapes_Diagnostic() => VerifyCS.VerifyAnalyzerAsync(
        """
        using System;
        using Aliyun.Acs.Sts.Model.V20150401;
        class Sessions
        {
            private const long TwoHours = 2 * 60 * 60;

            void Create()
            {
                var a = new AssumeRoleRequest { DurationSeconds = {|#0:TwoHours|} };
                var b = new AssumeRoleRequest { DurationSeconds = {|#1:60 * 60 * 3|} };
                var c = new AssumeRoleRequest { DurationSeconds = {|#2:(long)TimeSpan.FromHours(2).TotalSeconds|} };
                var d = new AssumeRoleRequest { DurationSeconds = {|#3:(long)TimeSpan.FromMinutes(90).TotalSeconds|} };
                var e = new AssumeRoleRequest();
                e.DurationSeconds = {|#4:(long)TimeSpan.FromDays(1).TotalSeconds|};
            }
        }
        """,
        VerifyCS.Diagnostic(Descriptors.SessionDurationTooLong).WithLocation(0).WithArguments("7200", AboveDefaultMaximum),
        VerifyCS.Diagnostic(Descriptors.SessionDurationTooLong).WithLocation(1).WithArguments("10800", AboveDefaultMaximum),
        VerifyCS.Diagnostic(Descriptors.SessionDurationTooLong).WithLocation(2).WithArguments("7200", AboveDefaultMaximum),
        VerifyCS.Diagnostic(Descriptors.SessionDurationTooLong).WithLocation(3).WithArguments("5400", AboveDefaultMaximum),
        VerifyCS.Diagnostic(Descriptors.SessionDurationTooLong).WithLocation(4).WithArguments("86400", AboveSts));

    [Fact]
    public Task OutsideWhatStsAccepts_Diagnostic() => VerifyCS.VerifyAnalyzerAsync(
        """
        using AlibabaCloud.SDK.Sts20150401.Models;
        class Sessions
        {
            void Create()
            {
                var tooShort = new AssumeRoleRequest { DurationSeconds = {|#0:600|} };
                var tooLong = new AssumeRoleRequest { DurationSeconds = {|#1:50000|} };
                var zero = new Aliyun.Acs.Core.Auth.Sts.AssumeRoleRequest { DurationSeconds = {|#2:0|} };
            }
        }
        """,
        VerifyCS.Diagnostic(Descriptors.SessionDurationTooLong).WithLocation(0).WithArguments("600", BelowSts),
        VerifyCS.Diagnostic(Descriptors.SessionDurationTooLong).WithLocation(1).WithArguments("50000", AboveSts),
        VerifyCS.Diagnostic(Descriptors.SessionDurationTooLong).WithLocation(2).WithArguments("0", BelowSts));

    [Fact]
    public Task CoreProviderRange_Diagnostic() => VerifyCS.VerifyAnalyzerAsync(
        """
        using Aliyun.Acs.Core.Auth;
        class Providers
        {
            void Configure(STSAssumeRoleSessionCredentialsProvider provider)
            {
                provider.WithRoleSessionDurationSeconds({|#0:7200|});
                provider.WithRoleSessionDurationSeconds({|#1:60|});
                provider.WithRoleSessionDurationSeconds({|#2:600|});
                provider.WithRoleSessionDurationSeconds(900);
            }
        }
        """,
        VerifyCS.Diagnostic(Descriptors.SessionDurationTooLong).WithLocation(0).WithArguments("7200", "is outside 180..3600: WithRoleSessionDurationSeconds throws ArgumentOutOfRangeException"),
        VerifyCS.Diagnostic(Descriptors.SessionDurationTooLong).WithLocation(1).WithArguments("60", "is outside 180..3600: WithRoleSessionDurationSeconds throws ArgumentOutOfRangeException"),
        VerifyCS.Diagnostic(Descriptors.SessionDurationTooLong).WithLocation(2).WithArguments("600", BelowSts));

    [Fact]
    public Task CredentialsProvidersAndConfig_Diagnostic() => VerifyCS.VerifyAnalyzerAsync(
        """
        #pragma warning disable CS0618
        using Aliyun.Credentials.Models;
        using Aliyun.Credentials.Provider;
        class Providers
        {
            void Create(IAlibabaCloudCredentialsProvider source)
            {
                var a = new RamRoleArnCredentialProvider.Builder().RoleArn("r").DurationSeconds({|#0:7200|}).Build();
                var b = new OIDCRoleArnCredentialProvider.Builder().RoleArn("r").DurationSeconds({|#1:14400|}).Build();
                var c = new Config { Type = "ram_role_arn", RoleArn = "r", RoleSessionExpiration = {|#2:7200|} };
                var d = new RamRoleArnCredentialProvider(source, "r", {|#3:7200|}, "job");
                d.durationSeconds = {|#4:3601|};
            }
        }
        """,
        VerifyCS.Diagnostic(Descriptors.SessionDurationTooLong).WithLocation(0).WithArguments("7200", AboveDefaultMaximum),
        VerifyCS.Diagnostic(Descriptors.SessionDurationTooLong).WithLocation(1).WithArguments("14400", AboveDefaultMaximum),
        VerifyCS.Diagnostic(Descriptors.SessionDurationTooLong).WithLocation(2).WithArguments("7200", AboveDefaultMaximum),
        VerifyCS.Diagnostic(Descriptors.SessionDurationTooLong).WithLocation(3).WithArguments("7200", AboveDefaultMaximum),
        VerifyCS.Diagnostic(Descriptors.SessionDurationTooLong).WithLocation(4).WithArguments("3601", AboveDefaultMaximum));

    [Fact]
    public Task RoleCeiling_Diagnostic() => VerifyCS.VerifyAnalyzerAsync(
        """
        class Roles
        {
            void Create()
            {
                var a = new Aliyun.Acs.Ram.Model.V20150501.CreateRoleRequest { MaxSessionDuration = {|#0:43200|} };
                var b = new AlibabaCloud.SDK.Ram20150501.Models.CreateRoleRequest { MaxSessionDuration = {|#1:1800|} };
                var c = new Aliyun.Acs.Ram.Model.V20150501.UpdateRoleRequest { NewMaxSessionDuration = {|#2:50000|} };
                var d = new AlibabaCloud.SDK.Ram20150501.Models.UpdateRoleRequest { NewMaxSessionDuration = {|#3:7200|} };
                var fine = new AlibabaCloud.SDK.Ram20150501.Models.CreateRoleRequest { MaxSessionDuration = 3600 };
                var e = new AlibabaCloud.SDK.ResourceManager20200331.Models.CreateRoleRequest { MaxSessionDuration = {|#4:43200|} };
                var f = new AlibabaCloud.SDK.ResourceManager20200331.Models.UpdateRoleRequest { NewMaxSessionDuration = {|#5:1800|} };
                var g = new AlibabaCloud.SDK.Ram20150501.Models.CreateRoleShrinkRequest { MaxSessionDuration = {|#6:7200|} };
                var fineToo = new AlibabaCloud.SDK.ResourceManager20200331.Models.UpdateRoleRequest { NewMaxSessionDuration = 3600 };
            }
        }
        """,
        VerifyCS.Diagnostic(Descriptors.SessionDurationTooLong).WithLocation(0).WithArguments("43200", AboveDefaultMaximum),
        VerifyCS.Diagnostic(Descriptors.SessionDurationTooLong).WithLocation(1).WithArguments("1800", "is outside 3600..43200, the range of a RAM role's maximum session duration: the request fails"),
        VerifyCS.Diagnostic(Descriptors.SessionDurationTooLong).WithLocation(2).WithArguments("50000", "is outside 3600..43200, the range of a RAM role's maximum session duration: the request fails"),
        VerifyCS.Diagnostic(Descriptors.SessionDurationTooLong).WithLocation(3).WithArguments("7200", AboveDefaultMaximum),
        VerifyCS.Diagnostic(Descriptors.SessionDurationTooLong).WithLocation(4).WithArguments("43200", AboveDefaultMaximum),
        VerifyCS.Diagnostic(Descriptors.SessionDurationTooLong).WithLocation(5).WithArguments("1800", "is outside 3600..43200, the range of a RAM role's maximum session duration: the request fails"),
        VerifyCS.Diagnostic(Descriptors.SessionDurationTooLong).WithLocation(6).WithArguments("7200", AboveDefaultMaximum));

    [Fact]
    public Task WithinPolicyOrNotConstant_NoDiagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        using System;
        using Aliyun.Acs.Sts.Model.V20150401;
        using Aliyun.Credentials.Provider;
        class Sessions
        {
            void Create(long configured, double hours)
            {
                var a = new AssumeRoleRequest { DurationSeconds = 900 };
                var b = new AssumeRoleRequest { DurationSeconds = 3600 };
                var c = new AssumeRoleRequest { DurationSeconds = configured };
                var d = new AssumeRoleRequest { DurationSeconds = (long)TimeSpan.FromHours(hours).TotalSeconds };
                var e = new AssumeRoleRequest { DurationSeconds = (long)TimeSpan.FromMinutes(15).TotalSeconds };
                var f = new AssumeRoleRequest { DurationSeconds = null };
                var g = new RamRoleArnCredentialProvider.Builder().DurationSeconds(0).Build();
                var h = new Aliyun.Credentials.Models.Config { RoleSessionExpiration = 0 };
            }
        }
        """);

    [Fact]
    public Task SameNamesOutsideTheSdk_NoDiagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        namespace MyCompany
        {
            class AssumeRoleRequest { public long DurationSeconds { get; set; } }
            class Timer { public void WithRoleSessionDurationSeconds(long seconds) { } }
            class Use
            {
                void Create()
                {
                    var a = new AssumeRoleRequest { DurationSeconds = 86400 };
                    new Timer().WithRoleSessionDurationSeconds(86400);
                }
            }
        }
        """);

    [Fact]
    public Task NoSdkReferenced_NoDiagnostic() => VerifyCS.VerifyAnalyzerAsync(
        "class AssumeRoleRequest { public long DurationSeconds { get; set; } void M() => DurationSeconds = 86400; }",
        referenceSdk: false);

    [Fact]
    public Task ConfiguredMaximum_FromEditorConfig() => new VerifyCS.Test
    {
        TestCode = """
            using Aliyun.Acs.Sts.Model.V20150401;
            class Sessions
            {
                void Create()
                {
                    var ok = new AssumeRoleRequest { DurationSeconds = 7200 };
                    var over = new AssumeRoleRequest { DurationSeconds = {|#0:7201|} };
                }
            }
            """,
        TestState = { AnalyzerConfigFiles = { ("/.editorconfig", "root = true\n[*.cs]\nram_security.max_session_duration = 7200\n") } },
        ExpectedDiagnostics =
        {
            VerifyCS.Diagnostic(Descriptors.SessionDurationTooLong).WithLocation(0).WithArguments("7201", "is above the configured maximum of 7200 seconds (ram_security.max_session_duration)"),
        },
    }.RunAsync();

    [Fact]
    public Task ConfiguredMaximum_FromGlobalConfig() => new VerifyCS.Test
    {
        TestCode = """
            class Sessions
            {
                object Create() => new Aliyun.Acs.Sts.Model.V20150401.AssumeRoleRequest { DurationSeconds = {|#0:1200|} };
            }
            """,
        TestState = { AnalyzerConfigFiles = { ("/.globalconfig", "is_global = true\nram_security.max_session_duration = 1000\n") } },
        ExpectedDiagnostics =
        {
            VerifyCS.Diagnostic(Descriptors.SessionDurationTooLong).WithLocation(0).WithArguments("1200", "is above the configured maximum of 1000 seconds (ram_security.max_session_duration)"),
        },
    }.RunAsync();

    [Fact]
    public Task ConfiguredMaximum_PerFolderOverride()
    {
        const string Source = """
            class Sessions
            {
                object Create() => new Aliyun.Acs.Sts.Model.V20150401.AssumeRoleRequest { DurationSeconds = 7200 };
            }
            """;
        var test = new VerifyCS.Test
        {
            TestState =
            {
                Sources = { ("/src/Batch/Jobs.cs", Source.Replace("Sessions", "BatchSessions", StringComparison.Ordinal)), ("/src/Web/Api.cs", Source) },
                AnalyzerConfigFiles =
                {
                    ("/.editorconfig", "root = true\n[*.cs]\nram_security.max_session_duration = 3600\n[src/Batch/**.cs]\nram_security.max_session_duration = 14400\n"),
                },
            },
        };

        // Only the web code is held to one hour; the batch folder allows four.
        test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic(Descriptors.SessionDurationTooLong).WithSpan("/src/Web/Api.cs", 3, 97, 3, 101)
            .WithArguments("7200", "is above the configured maximum of 3600 seconds (ram_security.max_session_duration)"));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("two hours")]
    [InlineData("100")]
    [InlineData("50000")]
    [InlineData("3600.5")]
    [InlineData("")]
    public Task InvalidMaximum_DefaultUsed_AndTheMessageSaysSo(string value) => new VerifyCS.Test
    {
        TestCode = """
            class Sessions
            {
                object Create() => new Aliyun.Acs.Sts.Model.V20150401.AssumeRoleRequest { DurationSeconds = {|#0:7200|} };
            }
            """,
        TestState = { AnalyzerConfigFiles = { ("/.editorconfig", $"root = true\n[*.cs]\nram_security.max_session_duration = {value}\n") } },
        ExpectedDiagnostics =
        {
            VerifyCS.Diagnostic(Descriptors.SessionDurationTooLong).WithLocation(0)
                .WithArguments("7200", "is above the default maximum of 3600 seconds, since the configured value of ram_security.max_session_duration was rejected (RAM009)"),
        },
    }.RunAsync();
}
