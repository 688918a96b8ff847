using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = RamSecurity.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<RamSecurity.Analyzers.Sessions.InvalidSessionDurationOptionAnalyzer>;

namespace RamSecurity.Analyzers.Tests.Rules;

public class RAM009InvalidSessionDurationOptionTests
{
    private const string Source = "partial class Sessions { object Create() => new Aliyun.Acs.Sts.Model.V20150401.AssumeRoleRequest(); }";

    [Theory]
    [InlineData("ram_security.max_session_duration", "two hours", "3600")]
    [InlineData("ram_security.max_session_duration", "100", "3600")]
    [InlineData("ram_security.max_session_duration", "43201", "3600")]
    [InlineData("ram_security.fix_session_duration", "-900", "900")]
    [InlineData("ram_security.fix_session_duration", "15m", "900")]
    [InlineData("ram_security.max_session_duration", "", "3600")]
    [InlineData("ram_security.fix_session_duration", "", "900")]
    public Task InvalidValue_OneDiagnosticNamingAFile(string key, string value, string fallback) => Run(
        $"root = true\n[*.cs]\n{key} = {value}\n",
        new[] { ("/0/Test0.cs", Source), ("/0/Test1.cs", Source) },
        VerifyCS.Diagnostic(Descriptors.InvalidSessionDurationOption).WithArguments(key, value, fallback, "/0/Test0.cs"));

    [Fact]
    public Task TwoInvalidValuesInTwoFolders_OneDiagnosticEach() => Run(
        "root = true\n[a/*.cs]\nram_security.max_session_duration = x\n[b/*.cs]\nram_security.max_session_duration = y\n",
        new[] { ("/a/One.cs", Source), ("/b/Two.cs", Source), ("/b/Three.cs", Source) },
        VerifyCS.Diagnostic(Descriptors.InvalidSessionDurationOption).WithArguments("ram_security.max_session_duration", "x", "3600", "/a/One.cs"),
        VerifyCS.Diagnostic(Descriptors.InvalidSessionDurationOption).WithArguments("ram_security.max_session_duration", "y", "3600", "/b/Two.cs"));

    [Theory]
    [InlineData("ram_security.max_session_duration = 7200")]
    [InlineData("ram_security.fix_session_duration = 1200")]
    [InlineData("ram_security.max_session_duration = 43200\nram_security.fix_session_duration = 900")]
    [InlineData("unrelated.option = 12")]
    [InlineData("ram_security.max_session_duration = unset")]
    public Task ValidOrAbsent_NoDiagnostic(string options) => Run($"root = true\n[*.cs]\n{options}\n", new[] { ("/0/Test0.cs", Source) });

    [Fact]
    public Task NoSdkReferenced_NoDiagnostic()
    {
        var test = new VerifyCS.Test(referenceSdk: false) { TestCode = "class C { }" };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\nram_security.max_session_duration = x\n"));
        return test.RunAsync();
    }

    private static Task Run(string editorConfig, (string Path, string Source)[] sources, params DiagnosticResult[] expected)
    {
        var test = new VerifyCS.Test();
        for (var i = 0; i < sources.Length; i++)
        {
            // One method name a file: the sources are parts of one partial class.
            test.TestState.Sources.Add((sources[i].Path, sources[i].Source.Replace("Create()", $"Create{i}()", StringComparison.Ordinal)));
        }

        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", editorConfig));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
