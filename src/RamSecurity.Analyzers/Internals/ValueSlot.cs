using System.Collections.Generic;
using System.Linq;
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
    /// The nodes whose literals travel with this one: the argument list, tuple, array, collection or object initializer
    /// it is part of. A declaration's initializer has none: its neighbours are the declarations beside it
    /// (<see cref="AdjacentDeclarations"/>), and sharing a block or a type is not travelling together.
    /// </summary>
    public static SyntaxNode? Neighbourhood(SyntaxNode literal)
    {
        var value = Outermost(literal);
        var parent = value.Parent;
        if (parent is AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax objectInitializer })
        {
            return objectInitializer;
        }

        if (parent is ArgumentSyntax or AttributeArgumentSyntax or AnonymousObjectMemberDeclaratorSyntax)
        {
            return parent.Parent;
        }

        return parent is InitializerExpressionSyntax ? parent : null;
    }

    /// <summary>
    /// The declarations right before and right after the one a literal initializes (other declarators of the same
    /// declaration, the field or property before and after it, the local declaration before and after it), with their
    /// names and initializers.
    /// </summary>
    public static IEnumerable<(string Name, ExpressionSyntax Value)> AdjacentDeclarations(SyntaxNode literal)
    {
        var value = Outermost(literal);
        if (value.Parent is not EqualsValueClauseSyntax equals)
        {
            yield break;
        }

        SyntaxNode holder;
        if (equals.Parent is VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } declarator)
        {
            var index = declaration.Variables.IndexOf(declarator);
            foreach (var other in new[] { index - 1, index + 1 })
            {
                if (other >= 0 && other < declaration.Variables.Count && declaration.Variables[other].Initializer is { } initializer)
                {
                    yield return (declaration.Variables[other].Identifier.ValueText, initializer.Value);
                }
            }

            holder = declaration.Parent is LocalDeclarationStatementSyntax { Parent: GlobalStatementSyntax global } ? global : declaration.Parent!;
        }
        else if (equals.Parent is PropertyDeclarationSyntax property)
        {
            holder = property;
        }
        else
        {
            yield break;
        }

        var siblings = holder.Parent?.ChildNodes().ToList();
        var position = siblings?.IndexOf(holder) ?? -1;
        foreach (var other in new[] { position - 1, position + 1 })
        {
            if (position >= 0 && other >= 0 && other < siblings!.Count)
            {
                foreach (var declared in Declared(siblings[other]))
                {
                    yield return declared;
                }
            }
        }
    }

    private static IEnumerable<(string Name, ExpressionSyntax Value)> Declared(SyntaxNode declaration)
    {
        switch (declaration)
        {
            case GlobalStatementSyntax global:
                return Declared(global.Statement);
            case PropertyDeclarationSyntax property when (property.Initializer?.Value ?? property.ExpressionBody?.Expression) is { } value:
                return new[] { (property.Identifier.ValueText, value) };
            case BaseFieldDeclarationSyntax field:
                return Declarators(field.Declaration);
            case LocalDeclarationStatementSyntax local:
                return Declarators(local.Declaration);
            default:
                return Enumerable.Empty<(string, ExpressionSyntax)>();
        }
    }

    private static IEnumerable<(string Name, ExpressionSyntax Value)> Declarators(VariableDeclarationSyntax declaration) =>
        declaration.Variables.Where(v => v.Initializer is not null).Select(v => (v.Identifier.ValueText, v.Initializer!.Value));
}
