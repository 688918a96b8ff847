using System;
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
using RamSecurity.Analyzers.CodeFixes.Internals;
using RamSecurity.Analyzers.Internals;
using RamSecurity.Analyzers.Sdk;

namespace RamSecurity.Analyzers.CodeFixes;

/// <summary>
/// RAM006: makes the session duration explicit with the configured value (ram_security.fix_session_duration), in the
/// shape the code already uses: a member of the object initializer, a builder call before <c>Build()</c>, or a
/// statement after the declaration of the provider.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SetSessionDurationFix)), Shared]
public sealed class SetSessionDurationFix : CodeFixProvider
{
    private const string EquivalenceKey = nameof(SetSessionDurationFix);

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.SessionDurationNotSet);

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        async (context, document, diagnostics) => await FixAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (Request.From(root, diagnostic) is { } request && request.CanFix)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Set {request.Member} to {request.Seconds} seconds",
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
            if (Request.From(editor.OriginalRoot, diagnostic) is { CanFix: true } request)
            {
                request.Apply(editor);
                fixedAny = true;
            }
        }

        return fixedAny ? editor.GetChangedDocument() : null;
    }

    /// <summary>One diagnostic's fix: the creation, the member that sets the duration, the value and the shape.</summary>
    private sealed class Request
    {
        private readonly BaseObjectCreationExpressionSyntax _creation;
        private readonly DurationFixShape _shape;

        private Request(BaseObjectCreationExpressionSyntax creation, string member, int seconds, DurationFixShape shape)
        {
            _creation = creation;
            Member = member;
            Seconds = seconds;
            _shape = shape;
        }

        public string Member { get; }

        public int Seconds { get; }

        /// <summary>A statement after the declaration needs a declaration in a block to follow; the other shapes always apply.</summary>
        public bool CanFix => _shape is not (DurationFixShape.CallStatement or DurationFixShape.AssignmentStatement) || DeclaredLocal() is not null;

        public static Request? From(SyntaxNode? root, Diagnostic diagnostic)
        {
            var properties = diagnostic.Properties;
            if (root is null
                || !properties.TryGetValue(DiagnosticPropertyKeys.DurationMember, out var member) || member is null
                || !properties.TryGetValue(DiagnosticPropertyKeys.DurationSeconds, out var secondsText)
                || !int.TryParse(secondsText, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                || !properties.TryGetValue(DiagnosticPropertyKeys.DurationFixShape, out var shapeText)
                || !Enum.TryParse<DurationFixShape>(shapeText, out var shape))
            {
                return null;
            }

            return DiagnosedCreation.Find(root, diagnostic) is { } creation ? new Request(creation, member, seconds, shape) : null;
        }

        public void Apply(DocumentEditor editor)
        {
            switch (_shape)
            {
                case DurationFixShape.Initializer:
                    editor.ReplaceNode(_creation, (node, _) => ObjectInitializers.WithMember((BaseObjectCreationExpressionSyntax)node, Assignment()));
                    break;
                case DurationFixShape.BuilderCall:
                    AddBuilderCall(editor);
                    break;
                default:
                    var (statement, local) = DeclaredLocal()!.Value;
                    var target = SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.IdentifierName(local), SyntaxFactory.IdentifierName(Member));
                    ExpressionSyntax setter = _shape == DurationFixShape.CallStatement
                        ? SyntaxFactory.InvocationExpression(target, SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(Literal()))))
                        : SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, target, Literal());
                    editor.InsertAfter(Statements.Anchor(statement), Statements.After(statement, SyntaxFactory.ExpressionStatement(setter)));
                    break;
            }
        }

        private AssignmentExpressionSyntax Assignment() =>
            SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName(Member), Literal());

        private LiteralExpressionSyntax Literal() => SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(Seconds));

        /// <summary><c>.DurationSeconds(900)</c> before the chain's <c>Build()</c>, or right after the builder's creation when the chain has none.</summary>
        private void AddBuilderCall(DocumentEditor editor)
        {
            ExpressionSyntax receiver = _creation;
            while (receiver.Parent is MemberAccessExpressionSyntax access && access.Expression == receiver && access.Parent is InvocationExpressionSyntax invocation)
            {
                if (access.Name.Identifier.ValueText == "Build")
                {
                    // In a chain of one call a line, the new call gets a line of its own with the indentation of the dot it precedes.
                    var lineBreak = receiver.GetTrailingTrivia().Where(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia)).Take(1);
                    var call = Call(receiver, access.OperatorToken.LeadingTrivia).WithTrailingTrivia(lineBreak);
                    editor.ReplaceNode(receiver, call);
                    return;
                }

                receiver = invocation;
            }

            editor.ReplaceNode(_creation, Call(_creation.WithoutTrailingTrivia(), default).WithTrailingTrivia(_creation.GetTrailingTrivia()));
        }

        private InvocationExpressionSyntax Call(ExpressionSyntax receiver, SyntaxTriviaList dotLeadingTrivia) =>
            SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(
                    SyntaxKind.SimpleMemberAccessExpression,
                    receiver,
                    SyntaxFactory.Token(SyntaxKind.DotToken).WithLeadingTrivia(dotLeadingTrivia),
                    SyntaxFactory.IdentifierName(Member)),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(Literal()))));

        /// <summary>The statement that stores the creation in a local (<c>var p = new ...;</c> or <c>p = new ...;</c>) and the local's name.</summary>
        private (StatementSyntax Statement, string Local)? DeclaredLocal()
        {
            SyntaxNode value = _creation;
            while (value.Parent is ParenthesizedExpressionSyntax parenthesized)
            {
                value = parenthesized;
            }

            return value.Parent switch
            {
                EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: LocalDeclarationStatementSyntax statement } } declarator }
                    when Statements.CanFollow(statement) => (statement, declarator.Identifier.ValueText),
                AssignmentExpressionSyntax { Left: IdentifierNameSyntax local, Parent: ExpressionStatementSyntax statement } assignment
                    when assignment.Right == value && Statements.CanFollow(statement) => (statement, local.Identifier.ValueText),
                _ => null,
            };
        }
    }
}
