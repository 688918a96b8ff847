using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using RamSecurity.Analyzers.Internals;

namespace RamSecurity.Analyzers.CodeFixes;

/// <summary>
/// RAM007: replaces the duration with the configured maximum (or with the minimum STS, core's provider or a RAM
/// role accepts, when it is below), as a plain number of seconds, keeping the comments around it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ClampSessionDurationFix)), Shared]
public sealed class ClampSessionDurationFix : CodeFixProvider
{
    private const string EquivalenceKey = nameof(ClampSessionDurationFix);

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.SessionDurationTooLong);

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        async (context, document, diagnostics) => await FixAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (Target(root, diagnostic) is not null && Seconds(diagnostic) is { } seconds)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Use {seconds} seconds",
                        async cancellationToken => await FixAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken).ConfigureAwait(false) ?? context.Document,
                        EquivalenceKey),
                    diagnostic);
            }
        }
    }

    /// <summary>The fixed document, or null where no diagnostic could be fixed (Fix All then leaves the document as it is).</summary>
    private static async Task<Document?> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var fixedAny = false;
        foreach (var diagnostic in diagnostics)
        {
            if (Target(editor.OriginalRoot, diagnostic) is { } expression && Seconds(diagnostic) is { } seconds)
            {
                editor.ReplaceNode(expression, SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(seconds)).WithTriviaFrom(expression));
                fixedAny = true;
            }
        }

        return fixedAny ? editor.GetChangedDocument() : null;
    }

    private static ExpressionSyntax? Target(SyntaxNode? root, Diagnostic diagnostic) =>
        root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is { } node
            ? node.AncestorsAndSelf().OfType<ExpressionSyntax>().FirstOrDefault(e => e.Span == diagnostic.Location.SourceSpan)
            : null;

    private static int? Seconds(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(DiagnosticPropertyKeys.DurationSeconds, out var text)
        && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? seconds : null;
}
