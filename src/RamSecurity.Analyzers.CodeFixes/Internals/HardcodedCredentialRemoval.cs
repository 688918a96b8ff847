using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;
using RamSecurity.Analyzers.Internals;

namespace RamSecurity.Analyzers.CodeFixes.Internals;

/// <summary>
/// The work of <see cref="RemoveHardcodedCredentialFix"/> on one document: comment findings redacted, literal findings
/// replaced with environment reads, in one pass, each only where it is a finding that can be fixed soundly.
/// </summary>
internal static class HardcodedCredentialRemoval
{
    private static readonly SyntaxAnnotation Replaced = new(nameof(HardcodedCredentialRemoval));

    /// <summary>The fixed document, or null when none of the diagnostics could be fixed.</summary>
    public static async Task<Document?> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var reads = new List<(TextSpan Span, string Variable)>();
        foreach (var diagnostic in diagnostics)
        {
            if (!CommentRedaction.IsRedactable(diagnostic) && await CanReadFromEnvironmentAsync(document, diagnostic, cancellationToken).ConfigureAwait(false))
            {
                reads.Add((diagnostic.Location.SourceSpan, diagnostic.Properties[DiagnosticPropertyKeys.EnvironmentVariable]!));
            }
        }

        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var redactions = CommentRedaction.Changes(text, diagnostics);
        if (reads.Count == 0 && redactions.Count == 0)
        {
            return null;
        }

        var changed = redactions.Count == 0 ? document : document.WithText(text.WithChanges(redactions));
        if (reads.Count == 0)
        {
            return changed;
        }

        // The redactions shorten comments: the literals' spans move by as much.
        var shifted = reads.Select(read => (new TextSpan(CommentRedaction.Shift(read.Span.Start, redactions), read.Span.Length), read.Variable)).ToList();
        return await ReadFromEnvironmentAsync(changed, shifted, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<bool> CanReadFromEnvironmentAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.ContainsKey(DiagnosticPropertyKeys.ReplaceableByEnvironmentVariable)
            || !diagnostic.Properties.TryGetValue(DiagnosticPropertyKeys.EnvironmentVariable, out var variable) || variable is null)
        {
            return false;
        }

        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (FindExpression(root, diagnostic.Location.SourceSpan) is not { } expression || ConstantContext.RequiresConstant(expression))
        {
            return false;
        }

        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model is null || model.GetTypeInfo(expression, cancellationToken).Type?.SpecialType != SpecialType.System_String)
        {
            return false;
        }

        return ConstantContext.EnclosingConstDeclaration(expression) is not { } declaration
            || !await IsUsedAsConstantAsync(document, model, declaration, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Document> ReadFromEnvironmentAsync(Document document, List<(TextSpan Span, string Variable)> reads, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var model = editor.SemanticModel;
        var hosts = new HashSet<TypeDeclarationSyntax>();
        var declarations = new HashSet<SyntaxNode>();
        foreach (var (span, variable) in reads)
        {
            if (FindExpression(editor.OriginalRoot, span) is not { } expression)
            {
                continue;
            }

            var host = RequiredVariableHelper.Host(expression, model, cancellationToken);
            var replacement = host is null ? EnvironmentRead.Inline(variable) : EnvironmentRead.HelperCall(variable);
            editor.ReplaceNode(expression, replacement.WithTriviaFrom(expression).WithAdditionalAnnotations(Replaced));
            if (host is { } type && !RequiredVariableHelper.Exists(type, model, cancellationToken))
            {
                hosts.Add(type);
            }

            if (await DeclarationToRewriteAsync(document, model, expression, cancellationToken).ConfigureAwait(false) is { } declaration)
            {
                declarations.Add(declaration);
            }
        }

        foreach (var declaration in declarations)
        {
            editor.ReplaceNode(declaration, (current, _) => ConstDeclarationRewriter.Rewrite(current));
        }

        foreach (var host in hosts)
        {
            editor.ReplaceNode(host, (current, _) => ((TypeDeclarationSyntax)current).AddMembers(EnvironmentRead.HelperMethod()));
        }

        var changed = editor.GetChangedDocument();
        changed = await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        changed = await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await LongLineWrapping.WrapAsync(changed, Replaced, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The declaration that must change with its value: a const (which cannot hold a value read at run time), or a
    /// static field or property initialized with it, which would fail far from the cause, at the type's first touch.
    /// </summary>
    private static async Task<SyntaxNode?> DeclarationToRewriteAsync(Document document, SemanticModel model, ExpressionSyntax expression, CancellationToken cancellationToken)
    {
        if (ConstantContext.EnclosingConstDeclaration(expression) is { } constant)
        {
            return constant;
        }

        var declaration = expression.Parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax field } } => field,
            EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => (SyntaxNode)property,
            _ => null,
        };
        if (declaration is null || !ConstDeclarationRewriter.CanBecomeProperty(declaration))
        {
            return null;
        }

        // A static readonly field assigned elsewhere (a static constructor) must stay a field.
        var declarator = declaration is FieldDeclarationSyntax f ? f.Declaration.Variables[0] : null;
        var written = declarator is not null
            && model.GetDeclaredSymbol(declarator, cancellationToken) is { } symbol
            && await AnyUseAsync(document, symbol, use => use is not null && IsWrite(use), cancellationToken).ConfigureAwait(false);
        return written ? null : declaration;
    }

    private static bool IsWrite(SyntaxNode use)
    {
        var target = use.Parent is MemberAccessExpressionSyntax access && access.Name == use ? access : use;
        return target.Parent switch
        {
            AssignmentExpressionSyntax assignment => assignment.Left == target,
            ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None) && !argument.RefKindKeyword.IsKind(SyntaxKind.InKeyword),
            PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => true,
            _ => false,
        };
    }

    /// <summary>True when some use of the constant (attribute argument, case label, another constant) needs it to stay const.</summary>
    private static async Task<bool> IsUsedAsConstantAsync(Document document, SemanticModel model, SyntaxNode declaration, CancellationToken cancellationToken)
    {
        foreach (var declarator in ConstantContext.Declarators(declaration))
        {
            if (model.GetDeclaredSymbol(declarator, cancellationToken) is not { } symbol)
            {
                return true;
            }

            // A use that cannot be found counts as one that needs the constant: the const then stays, unfixed.
            if (await AnyUseAsync(document, symbol, use => use is null || ConstantContext.RequiresConstant(use) || ConstantContext.EnclosingConstDeclaration(use) is not null, cancellationToken).ConfigureAwait(false))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when some reference to <paramref name="symbol"/> in the solution is a use that <paramref name="matches"/> (null where its node cannot be found).</summary>
    private static async Task<bool> AnyUseAsync(Document document, ISymbol symbol, System.Func<SyntaxNode?, bool> matches, CancellationToken cancellationToken)
    {
        var references = await SymbolFinder.FindReferencesAsync(symbol, document.Project.Solution, cancellationToken).ConfigureAwait(false);
        foreach (var location in references.SelectMany(reference => reference.Locations))
        {
            var root = await location.Document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (matches(root?.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true)))
            {
                return true;
            }
        }

        return false;
    }

    private static ExpressionSyntax? FindExpression(SyntaxNode? root, TextSpan span) =>
        root is not null && span.End <= root.FullSpan.End ? root.FindNode(span, getInnermostNodeForTie: true) as ExpressionSyntax : null;
}
