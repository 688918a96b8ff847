using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace RamSecurity.Analyzers.CodeFixes.Internals;

/// <summary>The expression a hardcoded credential becomes: a read of the environment that fails clearly when the variable is missing.</summary>
internal static class EnvironmentRead
{
    public static ExpressionSyntax Create(string variable)
    {
        var name = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(variable));
        var message = SyntaxFactory.LiteralExpression(
            SyntaxKind.StringLiteralExpression,
            SyntaxFactory.Literal($"Set the {variable} environment variable."));

        var read = SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, QualifiedSystemName("Environment"), SyntaxFactory.IdentifierName("GetEnvironmentVariable")),
            SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(name))));
        var fail = SyntaxFactory.ThrowExpression(
            SyntaxFactory.ObjectCreationExpression(QualifiedSystemName("InvalidOperationException"))
                .WithArgumentList(SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(message)))));

        // Parenthesized so that it binds as one operand wherever it lands; the simplifier drops parentheses that are not needed.
        return SyntaxFactory.ParenthesizedExpression(SyntaxFactory.BinaryExpression(SyntaxKind.CoalesceExpression, read, fail))
            .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
    }

    /// <summary><c>System.X</c>, reduced to <c>X</c> with a <c>using System;</c> added where needed.</summary>
    private static NameSyntax QualifiedSystemName(string name) =>
        SyntaxFactory.QualifiedName(SyntaxFactory.IdentifierName("System"), SyntaxFactory.IdentifierName(name))
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
}
