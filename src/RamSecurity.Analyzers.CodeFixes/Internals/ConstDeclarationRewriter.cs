using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RamSecurity.Analyzers.CodeFixes.Internals;

/// <summary>
/// Turns a declaration whose value is now read at run time into one that reads it where it is used, keeping its trivia:
/// a const or static readonly field, or a static getter-only property with an initializer, becomes a static property
/// with a getter (a missing variable then fails with its name at the use, not as a TypeInitializationException at
/// the type's first touch); a const local becomes a plain local.
/// </summary>
internal static class ConstDeclarationRewriter
{
    /// <summary>True when the declaration holds one value that a static property can compute instead.</summary>
    public static bool CanBecomeProperty(SyntaxNode declaration) => declaration switch
    {
        FieldDeclarationSyntax field => field.Declaration.Variables.Count == 1
            && (field.Modifiers.Any(SyntaxKind.ConstKeyword) || (field.Modifiers.Any(SyntaxKind.StaticKeyword) && field.Modifiers.Any(SyntaxKind.ReadOnlyKeyword))),
        PropertyDeclarationSyntax property => property.Initializer is not null
            && property.Modifiers.Any(SyntaxKind.StaticKeyword)
            && property.AccessorList is { Accessors: { Count: 1 } accessors }
            && accessors[0].IsKind(SyntaxKind.GetAccessorDeclaration) && accessors[0].Body is null && accessors[0].ExpressionBody is null,
        _ => false,
    };

    public static SyntaxNode Rewrite(SyntaxNode declaration) => declaration switch
    {
        FieldDeclarationSyntax field when CanBecomeProperty(field) => ToProperty(field),
        PropertyDeclarationSyntax property when CanBecomeProperty(property) => ToGetter(property),
        FieldDeclarationSyntax field => MakeStaticReadonly(field),
        LocalDeclarationStatementSyntax local when local.IsConst => RemoveConst(local),
        _ => declaration,
    };

    /// <summary><c>private const string Key = v; // c</c> becomes <c>private static string Key => v; // c</c>.</summary>
    private static PropertyDeclarationSyntax ToProperty(FieldDeclarationSyntax field)
    {
        var variable = field.Declaration.Variables[0];
        var modifiers = field.Modifiers
            .Where(m => !m.IsKind(SyntaxKind.ConstKeyword) && !m.IsKind(SyntaxKind.ReadOnlyKeyword))
            .Select(m => m.WithLeadingTrivia().WithTrailingTrivia(SyntaxFactory.Space))
            .ToList();
        if (!modifiers.Any(m => m.IsKind(SyntaxKind.StaticKeyword)))
        {
            modifiers.Add(SyntaxFactory.Token(SyntaxKind.StaticKeyword).WithTrailingTrivia(SyntaxFactory.Space));
        }

        var arrow = SyntaxFactory.ArrowExpressionClause(
            SyntaxFactory.Token(SyntaxKind.EqualsGreaterThanToken).WithTrailingTrivia(SyntaxFactory.Space),
            variable.Initializer!.Value.WithoutLeadingTrivia());
        return SyntaxFactory.PropertyDeclaration(
                field.AttributeLists,
                SyntaxFactory.TokenList(modifiers),
                field.Declaration.Type.WithoutLeadingTrivia(),
                explicitInterfaceSpecifier: null,
                variable.Identifier.WithTrailingTrivia(SyntaxFactory.Space),
                accessorList: null,
                arrow,
                initializer: null,
                field.SemicolonToken)
            .WithLeadingTrivia(field.GetLeadingTrivia());
    }

    /// <summary><c>public static string Key { get; } = v;</c> becomes <c>public static string Key => v;</c>.</summary>
    private static PropertyDeclarationSyntax ToGetter(PropertyDeclarationSyntax property) =>
        property
            .WithAccessorList(null)
            .WithIdentifier(property.Identifier.WithTrailingTrivia(SyntaxFactory.Space))
            .WithInitializer(null)
            .WithExpressionBody(SyntaxFactory.ArrowExpressionClause(SyntaxFactory.Token(SyntaxKind.EqualsGreaterThanToken).WithTrailingTrivia(SyntaxFactory.Space), property.Initializer!.Value.WithoutLeadingTrivia()))
            .WithSemicolonToken(property.SemicolonToken);

    // A const field with several declarators is static by nature: "static readonly" keeps every use of it (Type.Name) valid.
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
