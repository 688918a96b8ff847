using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace RamSecurity.Analyzers.CodeFixes.Internals;

/// <summary>
/// Fix All for UseTemporaryCredentialsFix, in document, project and solution: one solution change, so that OssClient's
/// provider class is added once per project however many files and clients need it (a batch of document fixes would add it once each).
/// </summary>
internal sealed class CredentialsFixAllProvider : FixAllProvider
{
    public static readonly CredentialsFixAllProvider Instance = new();

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    public override Task<CodeAction?> GetFixAsync(FixAllContext context)
    {
        var variant = context.CodeActionEquivalenceKey switch
        {
            UseTemporaryCredentialsFix.AssumeRoleKey => CredentialVariant.AssumeRole,
            UseTemporaryCredentialsFix.ReadEnvironmentKey => CredentialVariant.ReadEnvironment,
            _ => CredentialVariant.DefaultChain,
        };

        var solution = context.Solution;
        return Task.FromResult<CodeAction?>(CodeAction.Create(
            "Use temporary credentials everywhere",
            async cancellationToken =>
            {
                var fixes = new List<(DocumentId, ImmutableArray<Diagnostic>)>();
                if (context.Scope == FixAllScope.Document && context.Document is { } document)
                {
                    fixes.Add((document.Id, await context.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false)));
                }
                else
                {
                    var projects = context.Scope == FixAllScope.Solution ? solution.Projects : new[] { context.Project };
                    foreach (var project in projects)
                    {
                        var diagnostics = await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
                        fixes.AddRange(diagnostics
                            .Where(d => d.Location.SourceTree is not null)
                            .GroupBy(d => d.Location.SourceTree)
                            .Select(group => (project.GetDocument(group.Key)?.Id, group.ToImmutableArray()))
                            .Where(fix => fix.Item1 is not null)
                            .Select(fix => (fix.Item1!, fix.Item2)));
                    }
                }

                return await UseTemporaryCredentialsFix.FixAsync(solution, fixes.ToImmutableArray(), variant, cancellationToken).ConfigureAwait(false);
            },
            context.CodeActionEquivalenceKey));
    }
}
