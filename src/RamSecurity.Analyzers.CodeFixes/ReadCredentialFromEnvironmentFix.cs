using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using RamSecurity.Analyzers.CodeFixes.Internals;
using RamSecurity.Analyzers.Internals;

namespace RamSecurity.Analyzers.CodeFixes;

/// <summary>
/// RAM001-RAM003: replaces a hardcoded credential with
/// <c>Environment.GetEnvironmentVariable("ALIBABA_CLOUD_...") ?? throw new InvalidOperationException(...)</c>,
/// which is a non-null string, so the fixed code compiles with no new error or nullable warning. A const
/// declaration becomes <c>static readonly</c> (a field) or a plain local, unless some use of it needs a constant;
/// then, as for attribute arguments and case labels, no fix is offered.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReadCredentialFromEnvironmentFix)), Shared]
public sealed class ReadCredentialFromEnvironmentFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIds.HardcodedAccessKeyId, RuleIds.HardcodedAccessKeySecret, RuleIds.HardcodedSecurityToken);

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        async (context, document, diagnostics) => (Document?)await FixAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (await CanFixAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false))
            {
                var variable = diagnostic.Properties[DiagnosticPropertyKeys.EnvironmentVariable]!;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Read the value from the {variable} environment variable",
                        cancellationToken => FixAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken),
                        equivalenceKey: EquivalenceKey(variable)),
                    diagnostic);
            }
        }
    }

    internal static string EquivalenceKey(string environmentVariable) => nameof(ReadCredentialFromEnvironmentFix) + ":" + environmentVariable;

    private static async Task<bool> CanFixAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.ContainsKey(DiagnosticPropertyKeys.ReplaceableByEnvironmentVariable)
            || !diagnostic.Properties.ContainsKey(DiagnosticPropertyKeys.EnvironmentVariable))
        {
            return false;
        }

        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (FindExpression(root, diagnostic) is not { } expression || ConstantContext.RequiresConstant(expression))
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

    /// <summary>True when some use of the constant (attribute argument, case label, another constant) needs it to stay const.</summary>
    private static async Task<bool> IsUsedAsConstantAsync(Document document, SemanticModel model, SyntaxNode declaration, CancellationToken cancellationToken)
    {
        foreach (var declarator in ConstantContext.Declarators(declaration))
        {
            if (model.GetDeclaredSymbol(declarator, cancellationToken) is not { } symbol)
            {
                return true;
            }

            var references = await SymbolFinder.FindReferencesAsync(symbol, document.Project.Solution, cancellationToken).ConfigureAwait(false);
            foreach (var location in references.SelectMany(reference => reference.Locations))
            {
                var root = await location.Document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                var use = root?.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true);
                if (use is null || ConstantContext.RequiresConstant(use) || ConstantContext.EnclosingConstDeclaration(use) is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static ExpressionSyntax? FindExpression(SyntaxNode? root, Diagnostic diagnostic) =>
        root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) as ExpressionSyntax;

    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var constDeclarations = new HashSet<SyntaxNode>();
        foreach (var diagnostic in diagnostics)
        {
            if (!await CanFixAsync(document, diagnostic, cancellationToken).ConfigureAwait(false)
                || FindExpression(editor.OriginalRoot, diagnostic) is not { } expression)
            {
                continue;
            }

            var replacement = EnvironmentRead.Create(diagnostic.Properties[DiagnosticPropertyKeys.EnvironmentVariable]!);
            editor.ReplaceNode(expression, replacement.WithTriviaFrom(expression));
            if (ConstantContext.EnclosingConstDeclaration(expression) is { } declaration)
            {
                constDeclarations.Add(declaration);
            }
        }

        foreach (var declaration in constDeclarations)
        {
            editor.ReplaceNode(declaration, (current, _) => ConstDeclarationRewriter.MakeNonConst(current));
        }

        var changed = editor.GetChangedDocument();
        changed = await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
