using System;
using System.Collections.Generic;
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
using Microsoft.CodeAnalysis.Text;
using RamSecurity.Analyzers.CodeFixes.Internals;
using RamSecurity.Analyzers.Internals;
using RamSecurity.Analyzers.Sdk;

namespace RamSecurity.Analyzers.CodeFixes;

/// <summary>
/// RAM012: requires MFA for the console login profile, in the shape the code already has: each false (or null) the
/// request is given becomes true where it is written (the spans the analyzer lists); a request that never
/// sets MFABindRequired gets it as a member of its object initializer.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RequireMfaFix)), Shared]
public sealed class RequireMfaFix : CodeFixProvider
{
    private const string EquivalenceKey = nameof(RequireMfaFix);

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.ConsoleLoginWithoutMfa);

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        async (context, document, diagnostics) => await FixAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (CanFix(root, diagnostic))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Set {IdentityTable.MfaProperty} to true",
                        async cancellationToken => await FixAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken).ConfigureAwait(false) ?? context.Document,
                        EquivalenceKey),
                    diagnostic);
            }
        }
    }

    /// <summary>Each value to replace is a literal, and a request that sets nothing is a creation to extend.</summary>
    private static bool CanFix(SyntaxNode? root, Diagnostic diagnostic)
    {
        if (root is null || !diagnostic.Properties.TryGetValue(DiagnosticPropertyKeys.MfaOffValues, out var spans) || spans is null)
        {
            return false;
        }

        var values = OffValues(root, spans);
        return values.Count > 0 ? values.All(value => value is not null) : DiagnosedCreation.Find(root, diagnostic) is not null;
    }

    /// <summary>The fixed document, or null where no diagnostic could be fixed (Fix All then leaves the document as it is).</summary>
    private static async Task<Document?> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var root = editor.OriginalRoot;
        var fixable = diagnostics.Where(diagnostic => CanFix(root, diagnostic)).ToList();
        if (fixable.Count == 0)
        {
            return null;
        }

        foreach (var diagnostic in fixable)
        {
            var values = OffValues(root, diagnostic.Properties[DiagnosticPropertyKeys.MfaOffValues]!);
            if (values.Count > 0)
            {
                foreach (var value in values.Distinct())
                {
                    editor.ReplaceNode(value!, True().WithTriviaFrom(value!));
                }
            }
            else
            {
                var member = SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName(IdentityTable.MfaProperty), True());
                editor.ReplaceNode(DiagnosedCreation.Find(root, diagnostic)!, (node, _) => ObjectInitializers.WithMember((BaseObjectCreationExpressionSyntax)node, member));
            }
        }

        return editor.GetChangedDocument();
    }

    /// <summary>The values the analyzer found ("start:length;..."), each the literal written there or null when it is not one.</summary>
    private static List<ExpressionSyntax?> OffValues(SyntaxNode root, string spans)
    {
        var values = new List<ExpressionSyntax?>();
        foreach (var span in spans.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = span.Split(':');
            values.Add(parts.Length == 2
                && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                && start + length <= root.FullSpan.End
                ? OffValue(root, new TextSpan(start, length))
                : null);
        }

        return values;
    }

    /// <summary>
    /// The literal written at the span (<c>false</c>, <c>null</c>, <c>(bool?)false</c>, <c>default</c>). A named constant
    /// is left alone: replacing it would hide a decision someone wrote down, so no fix is offered.
    /// </summary>
    private static ExpressionSyntax? OffValue(SyntaxNode root, TextSpan span) =>
        root.FindNode(span, getInnermostNodeForTie: true) is ExpressionSyntax value && value.Span == span && IsLiteral(value) ? value : null;

    private static bool IsLiteral(ExpressionSyntax value) => value switch
    {
        LiteralExpressionSyntax or DefaultExpressionSyntax => true,
        CastExpressionSyntax cast => IsLiteral(cast.Expression),
        ParenthesizedExpressionSyntax parenthesized => IsLiteral(parenthesized.Expression),
        _ => false,
    };

    private static LiteralExpressionSyntax True() => SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression);
}
