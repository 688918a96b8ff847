using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
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
        Assert.Empty(SdkTypes.Resolve(compilation, "Aliyun.Acs.Core.AcsRequest"));
        Assert.Empty(SdkTypes.Resolve(compilation, "Aliyun.Missing.Type"));
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
