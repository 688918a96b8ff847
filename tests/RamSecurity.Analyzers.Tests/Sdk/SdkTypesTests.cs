using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RamSecurity.Analyzers.Credentials;
using RamSecurity.Analyzers.Sdk;
using RamSecurity.Analyzers.Tests.Verifiers;
using Xunit;

namespace RamSecurity.Analyzers.Tests.Sdk;

/// <summary>SdkTypes finds exactly what Compilation.GetTypesByMetadataName finds, for every SDK type the analyzers know.</summary>
public class SdkTypesTests
{
    // A second definition of SDK names in source, as a stand-in beside the real SDK would be.
    private const string StandIns = """
        namespace Aliyun.OSS { public class OssClient { } }
        namespace Aliyun.Credentials.Provider { public class RamRoleArnCredentialProvider { public class Builder { } } }
        namespace Aliyun.Acs.Core { public class AcsRequest<T> { } }
        namespace AlibabaCloud.OSS.V2.Credentials { public class StaticCredentialsProvider { } public class Credentials { } }
        namespace AlibabaCloud.OSS.Models { public class Config { } }
        namespace AlibabaCloud.RPCClient.Models { public class Config { } }
        namespace Aliyun.Credentials.Utils { public class AuthUtils { } }
        """;

    public static TheoryData<string> TableTypes() => new(SdkCredentialTable.Members.Select(m => m.TypeMetadataName).Distinct());

    [Theory]
    [MemberData(nameof(TableTypes))]
    public async Task SameTypesAsGetTypesByMetadataName(string metadataName)
    {
        foreach (var compilation in new[] { await CompilationAsync(withSdk: true, StandIns), await CompilationAsync(withSdk: true), await CompilationAsync(withSdk: false) })
        {
            var expected = compilation.GetTypesByMetadataName(metadataName);
            var actual = SdkTypes.Resolve(compilation, metadataName);
            Assert.Equal(expected.ToHashSet(SymbolEqualityComparer.Default), actual.ToHashSet(SymbolEqualityComparer.Default));
        }
    }

    [Fact]
    public async Task StandInBesideTheSdk_BothFound()
    {
        var compilation = await CompilationAsync(withSdk: true, StandIns);
        Assert.Equal(2, SdkTypes.Resolve(compilation, "Aliyun.OSS.OssClient").Length);
        Assert.Equal(2, SdkTypes.Resolve(compilation, "Aliyun.Credentials.Provider.RamRoleArnCredentialProvider+Builder").Length);
        Assert.Equal(2, SdkTypes.Resolve(compilation, "Aliyun.Acs.Core.AcsRequest`1").Length);
        Assert.Equal(2, SdkTypes.Resolve(compilation, "AlibabaCloud.OSS.V2.Credentials.StaticCredentialsProvider").Length);
        Assert.Equal(2, SdkTypes.Resolve(compilation, "AlibabaCloud.OSS.V2.Credentials.Credentials").Length);
        Assert.Equal(2, SdkTypes.Resolve(compilation, "AlibabaCloud.OSS.Models.Config").Length);
        Assert.Equal(2, SdkTypes.Resolve(compilation, "AlibabaCloud.RPCClient.Models.Config").Length);
        Assert.Equal(2, SdkTypes.Resolve(compilation, "Aliyun.Credentials.Utils.AuthUtils").Length);
        Assert.Empty(SdkTypes.Resolve(compilation, "Aliyun.Acs.Core.AcsRequest"));
        Assert.Empty(SdkTypes.Resolve(compilation, "Aliyun.Missing.Type"));
    }

    /// <summary>
    /// A stand-in of OSS SDK V2 in source beside the stand-in assembly (CS0436: the source type wins), with both SDK
    /// generations of CDN (V1 request hiding SecurityToken, V2 model) and of OSS (V1 OssClient, Tea OSS, V2) in one
    /// compilation: every one is reported, and OSS V2's with its own variables.
    /// </summary>
    [Fact]
    public async Task NewSdkTypesBesideAStandInAndAnotherGeneration_AllReported()
    {
        var runner = await AnalyzerRunner.CreateAsync(new HardcodedCredentialAnalyzer(), new LongLivedAccessKeyAnalyzer());
        var (diagnostics, failures) = await runner.RunAsync(
            """
            #pragma warning disable CS0436 // the stand-in below conflicts with the SDK's type, as a copied SDK file would
            namespace AlibabaCloud.OSS.V2.Credentials
            {
                public class StaticCredentialsProvider { public StaticCredentialsProvider(string accessKeyId, string accessKeySecret) { } }
            }

            class Uses
            {
                object StandIn() => new AlibabaCloud.OSS.V2.Credentials.StaticCredentialsProvider("id", "secret");
                object OssV2() => new AlibabaCloud.OSS.V2.Credentials.Credentials("id", "secret", "token");
                object OssV1() => new Aliyun.OSS.OssClient("https://oss-cn-hangzhou.aliyuncs.com", "id", "secret", "token");
                object TeaOss() => new AlibabaCloud.OSS.Models.Config { SecurityToken = "token" };
                object CdnV1() => new Aliyun.Acs.Cdn.Model.V20180510.DescribeCdnServiceRequest { SecurityToken = "token" };
                object CdnV2() => new AlibabaCloud.SDK.Cdn20180510.Models.DescribeCdnServiceRequest { SecurityToken = "token" };
            }
            """);

        Assert.Empty(failures);
        var found = diagnostics.Select(d => $"{d.Id} {d.Properties.GetValueOrDefault("EnvironmentVariable")}").ToArray();
        Assert.Equal(
            new[]
            {
                "RAM005 ", "RAM001 OSS_ACCESS_KEY_ID", "RAM002 OSS_ACCESS_KEY_SECRET",
                "RAM001 OSS_ACCESS_KEY_ID", "RAM002 OSS_ACCESS_KEY_SECRET", "RAM003 OSS_SESSION_TOKEN",
                "RAM001 ALIBABA_CLOUD_ACCESS_KEY_ID", "RAM002 ALIBABA_CLOUD_ACCESS_KEY_SECRET", "RAM003 ALIBABA_CLOUD_SECURITY_TOKEN",
                "RAM003 ALIBABA_CLOUD_SECURITY_TOKEN",
                "RAM003 ALIBABA_CLOUD_SECURITY_TOKEN",
                "RAM003 ALIBABA_CLOUD_SECURITY_TOKEN",
            },
            found);
    }

    private static async Task<Compilation> CompilationAsync(bool withSdk, string source = "")
    {
        var references = await TestEnvironment.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        return CSharpCompilation.Create(
            "SdkTypes",
            new[] { CSharpSyntaxTree.ParseText(source) },
            withSdk ? references.AddRange(TestEnvironment.SdkStubs) : references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }
}
