using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RamSecurity.Analyzers.CodeFixes.Internals;

/// <summary>Places where C# requires a compile-time constant, so a value read at run time cannot stand there.</summary>
internal static class ConstantContext
{
    public static bool RequiresConstant(SyntaxNode node)
    {
        foreach (var ancestor in node.AncestorsAndSelf())
        {
            switch (ancestor)
            {
                case AttributeArgumentSyntax:
                case CaseSwitchLabelSyntax:
                case PatternSyntax:
                case EqualsValueClauseSyntax { Parent: ParameterSyntax }:
                case EqualsValueClauseSyntax { Parent: EnumMemberDeclarationSyntax }:
                    return true;
                case StatementSyntax:
                case MemberDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }

    /// <summary>The const field or local declaration whose initializer holds <paramref name="node"/>, if any.</summary>
    public static SyntaxNode? EnclosingConstDeclaration(SyntaxNode node)
    {
        var declarator = node.FirstAncestorOrSelf<EqualsValueClauseSyntax>()?.Parent as VariableDeclaratorSyntax;
        return declarator?.Parent?.Parent switch
        {
            FieldDeclarationSyntax field when field.Modifiers.Any(SyntaxKind.ConstKeyword) => field,
            LocalDeclarationStatementSyntax local when local.IsConst => local,
            _ => null,
        };
    }

    public static SeparatedSyntaxList<VariableDeclaratorSyntax> Declarators(SyntaxNode constDeclaration) => constDeclaration switch
    {
        FieldDeclarationSyntax field => field.Declaration.Variables,
        LocalDeclarationStatementSyntax local => local.Declaration.Variables,
        _ => default,
    };
}
