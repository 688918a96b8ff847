using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RamSecurity.Analyzers.CodeFixes.Internals;

/// <summary>Turns a const declaration into one that may hold a value read at run time, keeping its trivia.</summary>
internal static class ConstDeclarationRewriter
{
    public static SyntaxNode MakeNonConst(SyntaxNode declaration) => declaration switch
    {
        FieldDeclarationSyntax field => MakeStaticReadonly(field),
        LocalDeclarationStatementSyntax local when local.IsConst => RemoveConst(local),
        _ => declaration,
    };

    // A const field is static by nature: "static readonly" keeps every use of it (Type.Name) valid.
    private static FieldDeclarationSyntax MakeStaticReadonly(FieldDeclarationSyntax field)
    {
        var modifiers = field.Modifiers;
        var index = modifiers.IndexOf(SyntaxKind.ConstKeyword);
        if (index < 0)
        {
            return field;
        }

        var constKeyword = modifiers[index];
        var replacement = SyntaxFactory.TokenList(
            SyntaxFactory.Token(constKeyword.LeadingTrivia, SyntaxKind.StaticKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space)),
            SyntaxFactory.Token(SyntaxFactory.TriviaList(), SyntaxKind.ReadOnlyKeyword, constKeyword.TrailingTrivia));
        return field.WithModifiers(modifiers.RemoveAt(index).InsertRange(index, replacement));
    }

    private static LocalDeclarationStatementSyntax RemoveConst(LocalDeclarationStatementSyntax local)
    {
        var index = local.Modifiers.IndexOf(SyntaxKind.ConstKeyword);
        var constKeyword = local.Modifiers[index];
        var withoutConst = local.WithModifiers(local.Modifiers.RemoveAt(index));

        // The const keyword's leading trivia (indentation, comments) moves to what now starts the statement.
        var first = withoutConst.GetFirstToken();
        return withoutConst.ReplaceToken(first, first.WithLeadingTrivia(constKeyword.LeadingTrivia));
    }
}
