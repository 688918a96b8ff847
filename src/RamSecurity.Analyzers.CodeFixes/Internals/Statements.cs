using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RamSecurity.Analyzers.CodeFixes.Internals;

/// <summary>Inserting a statement after another, on its own line with the same indentation.</summary>
internal static class Statements
{
    /// <summary>True when a statement can follow this one in the same list (a block, a switch section, a top-level program).</summary>
    public static bool CanFollow(StatementSyntax statement) => statement.Parent is BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax;

    /// <summary>The node a statement is inserted after: the statement, or at top level the global statement holding it.</summary>
    public static SyntaxNode Anchor(StatementSyntax statement) => statement.Parent is GlobalStatementSyntax global ? global : statement;

    /// <summary>The node to insert after <paramref name="statement"/>: the new statement, wrapped as a global statement at top level.</summary>
    public static SyntaxNode After(StatementSyntax statement, StatementSyntax inserted)
    {
        var indentation = statement.GetLeadingTrivia().Reverse().TakeWhile(trivia => trivia.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse();
        var lineEnd = statement.GetTrailingTrivia().LastOrDefault(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia));
        var laidOut = inserted
            .WithLeadingTrivia(indentation)
            .WithTrailingTrivia(lineEnd.IsKind(SyntaxKind.EndOfLineTrivia) ? lineEnd : SyntaxFactory.ElasticCarriageReturnLineFeed);
        return statement.Parent is GlobalStatementSyntax ? SyntaxFactory.GlobalStatement(laidOut) : laidOut;
    }
}
