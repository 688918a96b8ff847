using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace RamSecurity.Analyzers.Internals;

/// <summary>
/// Where a literal goes, read from the syntax around it: the name it is stored under (variable, property,
/// parameter, dictionary or configuration key) and the other values written beside it.
/// </summary>
internal static class ValueSlot
{
    /// <summary>The literal with the parentheses and casts around it.</summary>
    public static SyntaxNode Outermost(SyntaxNode literal)
    {
        var current = literal;
        while (current.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax)
        {
            current = current.Parent;
        }

        return current;
    }

    /// <summary>The name the value is stored under or passed as; null when none can be told.</summary>
    public static string? NameOf(SyntaxNode literal, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        var value = Outermost(literal);
        switch (value.Parent)
        {
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax variable }:
                return variable.Identifier.ValueText;
            case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property }:
                return property.Identifier.ValueText;
            case EqualsValueClauseSyntax { Parent: ParameterSyntax parameter }:
                return parameter.Identifier.ValueText;
            case ArrowExpressionClauseSyntax or ReturnStatementSyntax:
                return EnclosingMemberName(value.Parent);
            case AssignmentExpressionSyntax assignment when assignment.Right == value:
                return TargetName(assignment.Left);
            case AnonymousObjectMemberDeclaratorSyntax { NameEquals: { } nameEquals }:
                return nameEquals.Name.Identifier.ValueText;
            case AttributeArgumentSyntax attributeArgument:
                return attributeArgument.NameEquals?.Name.Identifier.ValueText ?? attributeArgument.NameColon?.Name.Identifier.ValueText;
            case InitializerExpressionSyntax initializer when initializer.IsKind(SyntaxKind.ComplexElementInitializerExpression):
                // { "AccessKeySecret", "..." } in a dictionary initializer: the key is the element before.
                var index = initializer.Expressions.IndexOf((ExpressionSyntax)value);
                return index > 0 ? StringValue(initializer.Expressions[index - 1]) : null;
            case ArgumentSyntax argument:
                return ArgumentName(argument, model, cancellationToken);
            default:
                return null;
        }
    }

    /// <summary>The string value of a literal expression, or null.</summary>
    public static string? StringValue(SyntaxNode? node) =>
        node is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal.Token.ValueText : null;

    private static string? ArgumentName(ArgumentSyntax argument, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        if (argument.NameColon is { } nameColon)
        {
            return nameColon.Name.Identifier.ValueText;
        }

        // Add("AccessKeySecret", "..."), SetEnvironmentVariable("...", "..."), ("AccessKeySecret", "..."): the key is the argument before.
        if (argument.Parent is BaseArgumentListSyntax list)
        {
            var index = list.Arguments.IndexOf(argument);
            if (index > 0 && StringValue(list.Arguments[index - 1].Expression) is { } key)
            {
                return key;
            }
        }
        else if (argument.Parent is TupleExpressionSyntax tuple)
        {
            var index = tuple.Arguments.IndexOf(argument);
            return index > 0 ? StringValue(tuple.Arguments[index - 1].Expression) : null;
        }

        return (model.GetOperation(argument, cancellationToken) as IArgumentOperation)?.Parameter?.Name;
    }

    private static string? TargetName(ExpressionSyntax target) => target switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax memberAccess => memberAccess.Name.Identifier.ValueText,
        ElementAccessExpressionSyntax { ArgumentList.Arguments.Count: 1 } element => StringValue(element.ArgumentList.Arguments[0].Expression),
        ImplicitElementAccessSyntax { ArgumentList.Arguments.Count: 1 } element => StringValue(element.ArgumentList.Arguments[0].Expression),
        _ => null,
    };

    private static string? EnclosingMemberName(SyntaxNode node)
    {
        foreach (var ancestor in node.Ancestors())
        {
            switch (ancestor)
            {
                case AnonymousFunctionExpressionSyntax:
                    return null;
                case MethodDeclarationSyntax method:
                    return method.Identifier.ValueText;
                case PropertyDeclarationSyntax property:
                    return property.Identifier.ValueText;
                case LocalFunctionStatementSyntax localFunction:
                    return localFunction.Identifier.ValueText;
                case MemberDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The nodes whose literals stand beside this one: the argument list, tuple or initializer it is part of, or,
    /// for a variable, field or property initializer, the enclosing block or type.
    /// </summary>
    public static SyntaxNode? Neighbourhood(SyntaxNode literal)
    {
        var value = Outermost(literal);
        var parent = value.Parent;
        if (parent is AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax objectInitializer })
        {
            return objectInitializer;
        }

        if (parent is ArgumentSyntax or AttributeArgumentSyntax)
        {
            return parent.Parent;
        }

        if (parent is InitializerExpressionSyntax)
        {
            return parent;
        }

        if (parent is EqualsValueClauseSyntax)
        {
            foreach (var ancestor in parent.Ancestors())
            {
                if (ancestor is BlockSyntax or TypeDeclarationSyntax or CompilationUnitSyntax)
                {
                    return ancestor;
                }
            }
        }

        return null;
    }
}
