using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace RamSecurity.Analyzers.CodeFixes.Internals;

/// <summary>
/// What a hardcoded credential becomes: a read of an environment variable that fails with the variable's name when it
/// is missing. Inside a type, a call of one small private helper the type gets once (short lines, one message);
/// elsewhere (top-level statements, a partial or nested-in-interface type) the read itself.
/// </summary>
internal static class EnvironmentRead
{
    public const string HelperName = "GetRequiredEnvironmentVariable";

    /// <summary><c>GetRequiredEnvironmentVariable("VARIABLE")</c>.</summary>
    public static ExpressionSyntax HelperCall(string variable) =>
        SyntaxFactory.InvocationExpression(
                SyntaxFactory.IdentifierName(HelperName),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(Literal(variable)))))
            .WithAdditionalAnnotations(Formatter.Annotation);

    /// <summary>The helper: the one place the type reads a required variable and says which one is missing.</summary>
    public static MemberDeclarationSyntax HelperMethod() =>
        SyntaxFactory.ParseMemberDeclaration(
                "private static string " + HelperName + "(string name) =>\n" +
                "    System.Environment.GetEnvironmentVariable(name)\n" +
                "    ?? throw new System.InvalidOperationException($\"The {name} environment variable is not set.\");\n")!
            .WithLeadingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed)
            .WithAdditionalAnnotations(Formatter.Annotation)
            .WithSystemNamesSimplified();

    /// <summary><c>(Environment.GetEnvironmentVariable("VARIABLE") ?? throw new InvalidOperationException("..."))</c>, where no helper can be added.</summary>
    public static ExpressionSyntax Inline(string variable)
    {
        var message = Literal($"The {variable} environment variable is not set.");
        var read = SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, QualifiedSystemName("Environment"), SyntaxFactory.IdentifierName("GetEnvironmentVariable")),
            SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(Literal(variable)))));
        var fail = SyntaxFactory.ThrowExpression(
            SyntaxFactory.ObjectCreationExpression(QualifiedSystemName("InvalidOperationException"))
                .WithArgumentList(SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(message)))));

        // Parenthesized so that it binds as one operand wherever it lands; the simplifier drops parentheses that are not needed.
        return SyntaxFactory.ParenthesizedExpression(SyntaxFactory.BinaryExpression(SyntaxKind.CoalesceExpression, read, fail))
            .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
    }

    private static LiteralExpressionSyntax Literal(string text) => SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text));

    /// <summary><c>System.X</c>, reduced to <c>X</c> with a <c>using System;</c> added where needed.</summary>
    private static NameSyntax QualifiedSystemName(string name) =>
        SyntaxFactory.QualifiedName(SyntaxFactory.IdentifierName("System"), SyntaxFactory.IdentifierName(name))
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

    /// <summary>Marks the <c>System.</c> names of parsed code for the simplifier, which turns them into a using.</summary>
    private static MemberDeclarationSyntax WithSystemNamesSimplified(this MemberDeclarationSyntax member) =>
        member.ReplaceNodes(
            member.DescendantNodes().Where(node => node
                is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "System" } }
                or QualifiedNameSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "System" } }),
            (_, rewritten) => rewritten.WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation));
}
