using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace RamSecurity.Analyzers.Tests.Verifiers;

/// <summary>What every test compilation gets: .NET 8 reference assemblies, the SDK stand-ins as metadata, nullable on.</summary>
internal static class TestEnvironment
{
    // ReferenceAssemblies.Net.Net80 asks for Microsoft.NETCore.App.Ref 8.0.0, which the feed here does not serve.
    public static readonly ReferenceAssemblies Net80 = new(
        "net8.0",
        new PackageIdentity("Microsoft.NETCore.App.Ref", "8.0.28"),
        Path.Combine("ref", "net8.0"));

    /// <summary>
    /// The SDK stand-ins, one assembly per SDK package (tests/AlibabaCloud.SdkStubs/&lt;assembly&gt;/), compiled apart and
    /// seen as metadata, as the real SDK packages would be.
    /// </summary>
    public static readonly ImmutableArray<MetadataReference> SdkStubs = Directory
        .GetDirectories(RepositoryFiles.PathOf("tests", "AlibabaCloud.SdkStubs"))
        .Select(Path.GetFileName)
        .Where(name => File.Exists(RepositoryFiles.PathOf("tests", "AlibabaCloud.SdkStubs", name!, name + ".csproj")))
        .Order(StringComparer.Ordinal)
        .Select(name => (MetadataReference)MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, name + ".dll")))
        .ToImmutableArray();

    public static void Configure<TVerifier>(AnalyzerTest<TVerifier> test, bool referenceSdk)
        where TVerifier : IVerifier, new()
    {
        test.ReferenceAssemblies = Net80;
        if (referenceSdk)
        {
            test.TestState.AdditionalReferences.AddRange(SdkStubs);
        }

        // RAM003 and RAM004 have several messages: markup ({|RAM003:...|}) names the rule, explicit results the message.
        test.MarkupOptions = MarkupOptions.UseFirstDescriptor;

        // Warnings too: a fix must add no nullable or other warning.
        test.CompilerDiagnostics = CompilerDiagnostics.Warnings;
        test.SolutionTransforms.Add((solution, projectId) =>
        {
            var options = (CSharpCompilationOptions)solution.GetProject(projectId)!.CompilationOptions!;
            return solution.WithProjectCompilationOptions(projectId, options.WithNullableContextOptions(NullableContextOptions.Enable));
        });
    }
}
