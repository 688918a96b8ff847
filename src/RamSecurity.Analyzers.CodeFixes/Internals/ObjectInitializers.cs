using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RamSecurity.Analyzers.CodeFixes.Internals;

/// <summary>Adds a member assignment to an object creation's initializer, in the layout the initializer already has.</summary>
internal static class ObjectInitializers
{
    public static BaseObjectCreationExpressionSyntax WithMember(BaseObjectCreationExpressionSyntax creation, ExpressionSyntax member) =>
        creation.Initializer is { Expressions.Count: > 0 } initializer
            ? creation.WithInitializer(Append(initializer, member))
            : WithNewInitializer(creation, member);

    /// <summary><c>new T()</c> becomes <c>new T { Member = v }</c>; arguments, when there are any, stay.</summary>
    private static BaseObjectCreationExpressionSyntax WithNewInitializer(BaseObjectCreationExpressionSyntax creation, ExpressionSyntax member)
    {
        var trailing = creation.GetTrailingTrivia();
        var bare = creation.WithInitializer(null).WithoutTrailingTrivia();
        if (bare is ObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: 0 } explicitType)
        {
            bare = explicitType.WithArgumentList(null).WithType(explicitType.Type.WithoutTrailingTrivia());
        }

        var initializer = SyntaxFactory.InitializerExpression(
            SyntaxKind.ObjectInitializerExpression,
            SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space),
            SyntaxFactory.SingletonSeparatedList(member),
            SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(SyntaxFactory.Space));
        return bare.WithInitializer(initializer).WithTrailingTrivia(trailing);
    }

    private static InitializerExpressionSyntax Append(InitializerExpressionSyntax initializer, ExpressionSyntax member)
    {
        var expressions = initializer.Expressions;
        var last = expressions.Last();
        var multiLine = last.GetLeadingTrivia().Any(SyntaxKind.WhitespaceTrivia) && initializer.OpenBraceToken.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia)
            || expressions.GetSeparators().Any(separator => separator.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia));
        var nodesAndTokens = expressions.GetWithSeparators();
        var hasTrailingComma = expressions.SeparatorCount == expressions.Count;

        if (!multiLine)
        {
            // { A = 1, B = 2 } -> { A = 1, B = 2, Member = v }
            var withComma = hasTrailingComma ? nodesAndTokens : nodesAndTokens.Replace(last, last.WithoutTrailingTrivia()).Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
            var newMember = hasTrailingComma ? member.WithLeadingTrivia(SyntaxFactory.Space) : member;
            return initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(withComma.Add(newMember.WithTrailingTrivia(last.GetTrailingTrivia()))));
        }

        // One member a line: the new one takes the last one's indentation and line break (not its comment); a trailing comma stays trailing.
        var indentation = last.GetLeadingTrivia();
        if (hasTrailingComma)
        {
            var lastComma = expressions.GetSeparator(expressions.Count - 1);
            return initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(nodesAndTokens
                .Add(member.WithLeadingTrivia(indentation))
                .Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(LineBreak(lastComma.TrailingTrivia)))));
        }

        var comma = SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(last.GetTrailingTrivia());
        return initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(nodesAndTokens
            .Replace(last, last.WithoutTrailingTrivia())
            .Add(comma)
            .Add(member.WithLeadingTrivia(indentation).WithTrailingTrivia(LineBreak(last.GetTrailingTrivia())))));
    }

    private static System.Collections.Generic.IEnumerable<SyntaxTrivia> LineBreak(SyntaxTriviaList trivia) => trivia.Where(t => t.IsKind(SyntaxKind.EndOfLineTrivia)).Take(1);
}
