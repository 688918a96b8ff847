using Xunit;
using VerifyCS = RamSecurity.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<RamSecurity.Analyzers.Credentials.HardcodedCredentialAnalyzer>;
using VerifyRam007 = RamSecurity.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<RamSecurity.Analyzers.Sessions.SessionDurationTooLongAnalyzer>;

namespace RamSecurity.Analyzers.Tests.Internals;

/// <summary>
/// The words of a file are read only where its code can reach an SDK (<see cref="SdkReach"/>): these are the ways
/// code reaches one without its file naming an SDK namespace, each still analyzed.
/// </summary>
public class SdkReachTests
{
    [Theory]
    [InlineData("global using Aliyun.OSS;")]
    [InlineData("global using global::Aliyun.OSS;")]
    [InlineData("global using Oss = Aliyun.OSS;")]
    public Task GlobalUsingInAnotherFile_EveryFileIsRead(string globalUsing)
    {
        var client = globalUsing.Contains("Oss =", StringComparison.Ordinal) ? "Oss.OssClient" : "OssClient";
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("/0/GlobalUsings.cs", globalUsing));
        test.TestState.Sources.Add(("/0/Uploads.cs", $$"""
            class Uploads
            {
                private const string Secret = {|RAM002:"placeholder-secret"|};
                {{client}} Create(string id) => new {{client}}("https://oss-cn-hangzhou.aliyuncs.com", id, Secret);
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task PartOfATypeDeclaredInAFileThatNamesNoSdk_IsRead()
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("/0/Uploads.cs", """
            using Aliyun.OSS;
            partial class Uploads
            {
                private OssClient? _client;
            }
            """));
        test.TestState.Sources.Add(("/0/Uploads.Setup.cs", """
            partial class Uploads
            {
                void Setup(string id) => _client = new("https://oss-cn-hangzhou.aliyuncs.com", id, {|RAM002:"placeholder-secret"|});
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task TypeDerivedFromAnSdkTypeThroughABaseInAnotherFile_IsRead()
    {
        var test = new VerifyRam007.Test();
        test.TestState.Sources.Add(("/0/Base.cs", """
            using Aliyun.Acs.Sts.Model.V20150401;
            class RoleRequest : AssumeRoleRequest
            {
            }
            """));
        test.TestState.Sources.Add(("/0/Derived.cs", """
            class AuditRoleRequest : RoleRequest
            {
                public AuditRoleRequest()
                {
                    RoleArn = "acs:ram::123456789012:role/audit";
                    DurationSeconds = {|RAM007:7200|};
                }
            }
            """));
        return test.RunAsync();
    }
}
