using System.Collections.Immutable;
using Microsoft.Build.Locator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.MSBuild;
using RamSecurity.Analyzers.Tests.Verifiers;
using Xunit;

namespace RamSecurity.Analyzers.Tests.Host;

/// <summary>
/// What an IDE does with the package: a copy of samples/ that references the packed nupkg is restored and opened
/// with MSBuildWorkspace; the analyzers and the code fixes come from the package's analyzer references (the nupkg as
/// NuGet extracted it), code fix providers are found through their export attributes, every fix and every Fix All is
/// applied, and the fixed project is built again with the dotnet CLI.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class IdeHostTests : IDisposable
{
    private static readonly object LocatorLock = new();
    private readonly PackedPackage _package;
    private readonly string _directory = Directory.CreateTempSubdirectory("ramsecurity-host-").FullName;

    public IdeHostTests(PackedPackage package) => _package = package;

    [Fact]
    public async Task SampleOpenedLikeAnIdeShowsDiagnosticsAndEveryFixBuilds()
    {
        var projectPath = PackageConsumer.CopySample(_directory, _package);
        var (restoreExit, restoreOutput) = DotnetCli.Run($"restore \"{projectPath}\"", _directory);
        Assert.True(restoreExit == 0, restoreOutput);

        RegisterMSBuild();
        using var workspace = MSBuildWorkspace.Create();
        var project = await workspace.OpenProjectAsync(projectPath);
        Assert.DoesNotContain(workspace.Diagnostics, d => d.Kind == WorkspaceDiagnosticKind.Failure);

        // The analyzers and code fixes are those of the packed package, as NuGet extracted it.
        var packageReferences = project.AnalyzerReferences.OfType<AnalyzerFileReference>()
            .Where(r => r.FullPath.Replace('\\', '/').Contains("/ramsecurity.analyzers/" + PackedPackage.Version + "/analyzers/dotnet/cs/", StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.Equal(new[] { "RamSecurity.Analyzers.CodeFixes.dll", "RamSecurity.Analyzers.dll" }, packageReferences.Select(r => Path.GetFileName(r.FullPath)).Order(StringComparer.Ordinal));
        var analyzers = packageReferences.SelectMany(r => r.GetAnalyzers(LanguageNames.CSharp)).ToImmutableArray();
        var providers = packageReferences.SelectMany(r => CodeFixRunner.ExportedProviders(r.GetAssembly())).ToImmutableArray();
        Assert.NotEmpty(analyzers);
        Assert.NotEmpty(providers);

        var host = new AnalyzerHost(analyzers);
        var solution = workspace.CurrentSolution;
        Assert.Empty(await host.CompilerErrorsAsync(project));
        var diagnostics = await host.DiagnosticsAsync(project);
        Assert.Contains(diagnostics, d => d.Id == RuleIds.HardcodedAccessKeyId);
        Assert.Contains(diagnostics, d => d.Id == RuleIds.HardcodedAccessKeySecret);
        Assert.Contains(diagnostics, d => d.Id == RuleIds.HardcodedSecurityToken);
        Assert.Contains(diagnostics, d => d.Location.GetLineSpan().Path.EndsWith("appsettings.json", StringComparison.Ordinal));

        // Every fix on its own: the project still compiles and that diagnostic is gone.
        var unfixable = 0;
        var unfixableLongLived = new List<Diagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            // A finding in a configuration file (an additional file) has no code fix.
            if (diagnostic.Location.SourceTree is null)
            {
                unfixable++;
                continue;
            }

            var actions = await ActionsForAsync(solution.GetDocument(diagnostic.Location.SourceTree)!, diagnostic, providers);
            unfixable += actions.Count == 0 ? 1 : 0;
            if (actions.Count == 0 && diagnostic.Id == RuleIds.LongLivedAccessKey)
            {
                unfixableLongLived.Add(diagnostic);
            }

            foreach (var (_, action) in actions)
            {
                var fixedProject = (await ApplyAsync(action)).GetProject(project.Id)!;
                Assert.Empty(await host.CompilerErrorsAsync(fixedProject));
                Assert.DoesNotContain(await host.DiagnosticsAsync(fixedProject), d => d.Id == diagnostic.Id && d.GetMessage() == diagnostic.GetMessage() && SameLine(d, diagnostic));
            }
        }

        // Every long-lived pair in the sample's code has a fix: OssClient, GetProfile with DefaultAcsClient, OpenApiClient's Config.
        Assert.True(unfixableLongLived.Count == 0, string.Join("\n", unfixableLongLived));

        // Fix All in the solution, one equivalence key after another, as a user clicking through the light bulb.
        foreach (var provider in providers)
        {
            foreach (var id in provider.FixableDiagnosticIds)
            {
                while (await FirstFixAllAsync(solution, project.Id, host, provider, id) is { } fixAll)
                {
                    solution = await ApplyAsync(fixAll);
                }
            }
        }

        var finalProject = solution.GetProject(project.Id)!;
        Assert.Empty(await host.CompilerErrorsAsync(finalProject));
        var remaining = await host.DiagnosticsAsync(finalProject);
        Assert.True(unfixable == remaining.Length, $"{unfixable} unfixable, left: " + string.Join("\n", remaining));

        // The fixed files on disk, built by the CLI with the package's analyzers: no error, only the unfixable findings left.
        // No fix adds a document (MSBuildWorkspace would add its Compile item to the SDK-style project: NETSDK1022).
        Assert.Equal(project.DocumentIds.Count, finalProject.DocumentIds.Count);
        Assert.True(workspace.TryApplyChanges(solution));
        var (buildExit, buildOutput) = DotnetCli.Run($"build \"{projectPath}\" --no-restore -clp:NoSummary", _directory);
        Assert.True(buildExit == 0, buildOutput);
        var warnings = buildOutput.Split('\n').Where(line => line.Contains("warning RAM", StringComparison.Ordinal)).Select(line => line.Trim()).Distinct().ToList();
        var expectedWarnings = remaining.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(expectedWarnings.Count == warnings.Count, string.Join("\n", expectedWarnings) + "\n---\n" + string.Join("\n", warnings));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static void RegisterMSBuild()
    {
        lock (LocatorLock)
        {
            if (!MSBuildLocator.IsRegistered)
            {
                MSBuildLocator.RegisterDefaults();
            }
        }
    }

    private static async Task<List<(CodeFixProvider Provider, CodeAction Action)>> ActionsForAsync(Document document, Diagnostic diagnostic, IEnumerable<CodeFixProvider> providers)
    {
        var actions = new List<(CodeFixProvider, CodeAction)>();
        foreach (var provider in providers.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
        {
            await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add((provider, action)), CancellationToken.None));
        }

        return actions;
    }

    /// <summary>The Fix All action for the first diagnostic of the id that the provider still offers a fix for, or null when none is left.</summary>
    private static async Task<CodeAction?> FirstFixAllAsync(Solution solution, ProjectId projectId, AnalyzerHost host, CodeFixProvider provider, string id)
    {
        var project = solution.GetProject(projectId)!;
        foreach (var diagnostic in (await host.DiagnosticsAsync(project)).Where(d => d.Id == id && d.Location.SourceTree is not null))
        {
            var document = solution.GetDocument(diagnostic.Location.SourceTree)!;
            var actions = await ActionsForAsync(document, diagnostic, new[] { provider });
            if (actions.Count > 0)
            {
                var context = new FixAllContext(document, provider, FixAllScope.Solution, actions[0].Action.EquivalenceKey, new[] { id }, host, CancellationToken.None);
                var fixAll = await provider.GetFixAllProvider()!.GetFixAsync(context);
                Assert.NotNull(fixAll);
                return fixAll;
            }
        }

        return null;
    }

    private static async Task<Solution> ApplyAsync(CodeAction action) =>
        (await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single().ChangedSolution;

    private static bool SameLine(Diagnostic a, Diagnostic b) =>
        a.Location.GetLineSpan().StartLinePosition.Line == b.Location.GetLineSpan().StartLinePosition.Line
        && a.Location.SourceTree?.FilePath == b.Location.SourceTree?.FilePath;

    /// <summary>Runs the package's analyzers over a project as the IDE's diagnostic service would, for the checks and for Fix All.</summary>
    private sealed class AnalyzerHost : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;

        public AnalyzerHost(ImmutableArray<DiagnosticAnalyzer> analyzers) => _analyzers = analyzers;

        public async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Project project)
        {
            var compilation = (await project.GetCompilationAsync())!;
            var diagnostics = await compilation.WithAnalyzers(_analyzers, project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            return diagnostics;
        }

        public async Task<IReadOnlyList<Diagnostic>> CompilerErrorsAsync(Project project) =>
            (await project.GetCompilationAsync())!.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => await DiagnosticsAsync(project);

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return (await DiagnosticsAsync(document.Project)).Where(d => d.Location.SourceTree == tree);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(ImmutableArray<Diagnostic>.Empty);
    }
}
