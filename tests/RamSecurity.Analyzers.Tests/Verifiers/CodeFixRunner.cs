using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace RamSecurity.Analyzers.Tests.Verifiers;

/// <summary>
/// Applies code fixes the way an IDE does: providers found through their export attribute, each offered action
/// applied through its operations, and Fix All through the provider's FixAllProvider.
/// </summary>
internal static class CodeFixRunner
{
    /// <summary>Every exported C# code fix provider in the given assembly.</summary>
    public static ImmutableArray<CodeFixProvider> ExportedProviders(Assembly assembly) => assembly.GetTypes()
        .Where(type => type.GetCustomAttribute<ExportCodeFixProviderAttribute>() is { } export && export.Languages.Contains(LanguageNames.CSharp))
        .Select(type => (CodeFixProvider)Activator.CreateInstance(type)!)
        .ToImmutableArray();

    public static ImmutableArray<CodeFixProvider> Providers { get; } =
        ExportedProviders(typeof(global::RamSecurity.Analyzers.CodeFixes.RemoveHardcodedCredentialFix).Assembly);

    public static Document CreateDocument(string source, IEnumerable<MetadataReference> references)
    {
        var workspace = new AdhocWorkspace();
        var project = workspace.CurrentSolution
            .AddProject("Fuzz", "Fuzz", LanguageNames.CSharp)
            .WithMetadataReferences(references)
            .WithParseOptions(new CSharpParseOptions(LanguageVersion.Preview))
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return project.AddDocument("Test0.cs", SourceText.From(source));
    }

    /// <summary>Every action every provider offers for the diagnostics, applied one at a time to the original document.</summary>
    public static async Task<IReadOnlyList<Document>> ApplyEachAsync(Document document, IEnumerable<Diagnostic> diagnostics)
    {
        var results = new List<Document>();
        foreach (var diagnostic in diagnostics)
        {
            foreach (var provider in Providers.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                var actions = new List<CodeAction>();
                var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
                await provider.RegisterCodeFixesAsync(context);
                foreach (var action in actions)
                {
                    results.Add(await ApplyAsync(document, action));
                }
            }
        }

        return results;
    }

    /// <summary>Fix All in the document, per provider, diagnostic id and equivalence key offered.</summary>
    public static async Task<IReadOnlyList<Document>> FixAllAsync(Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var results = new List<Document>();
        foreach (var provider in Providers)
        {
            foreach (var group in diagnostics.Where(d => provider.FixableDiagnosticIds.Contains(d.Id)).GroupBy(d => d.Id))
            {
                var first = group.First();
                var keys = new List<string?>();
                await provider.RegisterCodeFixesAsync(new CodeFixContext(document, first, (action, _) => keys.Add(action.EquivalenceKey), CancellationToken.None));
                foreach (var key in keys.Distinct())
                {
                    var fixAll = provider.GetFixAllProvider();
                    var context = new FixAllContext(document, provider, FixAllScope.Document, key, new[] { group.Key }, new FixedDiagnostics(group.ToImmutableArray()), CancellationToken.None);
                    if (await fixAll!.GetFixAsync(context) is { } action)
                    {
                        results.Add(await ApplyAsync(document, action));
                    }
                }
            }
        }

        return results;
    }

    private static async Task<Document> ApplyAsync(Document document, CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return solution.GetDocument(document.Id)!;
    }

    private sealed class FixedDiagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> _diagnostics;

        public FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) => _diagnostics = diagnostics;

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(ImmutableArray<Diagnostic>.Empty);
    }
}
