using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using RamSecurity.Analyzers.Internals;
using RamSecurity.Analyzers.Secrets;

namespace RamSecurity.Analyzers.CodeFixes;

/// <summary>
/// RAM001 and RAM003 in a comment, documentation comment or inactive region: redacts the value in place
/// (<c>LTAI****</c>), keeping the rest of the comment. The key is still leaked in history: rotate it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RedactCommentCredentialFix)), Shared]
public sealed class RedactCommentCredentialFix : CodeFixProvider
{
    private const string EquivalenceKey = nameof(RedactCommentCredentialFix);

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.HardcodedAccessKeyId, RuleIds.HardcodedSecurityToken);

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        async (context, document, diagnostics) => await RedactAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics.Where(d => d.Properties.ContainsKey(DiagnosticPropertyKeys.Redactable)))
        {
            context.RegisterCodeFix(
                CodeAction.Create("Redact the value in the comment", c => RedactAsync(context.Document, ImmutableArray.Create(diagnostic), c), EquivalenceKey),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Document> RedactAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var changes = diagnostics
            .Where(d => d.Properties.ContainsKey(DiagnosticPropertyKeys.Redactable) && d.Location.SourceSpan.End <= text.Length)
            .Select(d => d.Location.SourceSpan)
            .Distinct()
            .Select(span => new TextChange(span, SecretMask.Apply(text.ToString(span))));
        return document.WithText(text.WithChanges(changes));
    }
}
