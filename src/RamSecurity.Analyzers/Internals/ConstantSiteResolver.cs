using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace RamSecurity.Analyzers.Internals;

/// <summary>
/// Finds the constant strings that a value is made of: the value itself when it is constant, or the constant
/// that initializes the local, field, property or parameter default it reads, followed a few hops. A value read
/// at run time (environment, configuration, a parameter without default) yields nothing; a fallback
/// (<c>x ?? "..."</c>, <c>c ? "..." : x</c>) yields its constant branches.
/// </summary>
internal static class ConstantSiteResolver
{
    private const int MaximumHops = 4;

    public static void Resolve(IOperation value, List<ConstantSite> sites, CancellationToken cancellationToken) =>
        Resolve(value, value.SemanticModel, sites, 0, cancellationToken);

    private static void Resolve(IOperation? operation, SemanticModel? model, List<ConstantSite> sites, int hops, CancellationToken cancellationToken)
    {
        if (operation is null || hops > MaximumHops)
        {
            return;
        }

        switch (Operations.SkipConversions(operation))
        {
            case ILocalReferenceOperation local:
                FromDeclaration(local.Local, model, sites, hops, cancellationToken);
                return;
            case IFieldReferenceOperation field:
                FromDeclaration(field.Field, model, sites, hops, cancellationToken);
                return;
            case IPropertyReferenceOperation property when property.Arguments.IsEmpty:
                FromDeclaration(property.Property, model, sites, hops, cancellationToken);
                return;
            case IParameterReferenceOperation parameter:
                FromDeclaration(parameter.Parameter, model, sites, hops, cancellationToken);
                return;
            case IConditionalOperation conditional:
                Resolve(conditional.WhenTrue, model, sites, hops, cancellationToken);
                Resolve(conditional.WhenFalse, model, sites, hops, cancellationToken);
                return;
            case ICoalesceOperation coalesce:
                Resolve(coalesce.WhenNull, model, sites, hops, cancellationToken);
                return;
            case IUtf8StringOperation utf8:
                Add(sites, utf8.Syntax, utf8.Value);
                return;
            case IInvocationOperation invocation when IsEncodingGetString(invocation):
                Resolve(invocation.Arguments[0].Value, model, sites, hops, cancellationToken);
                return;
        }

        if (operation.ConstantValue is { HasValue: true, Value: string value })
        {
            Add(sites, operation.Syntax, value);
        }
    }

    private static void FromDeclaration(ISymbol symbol, SemanticModel? model, List<ConstantSite> sites, int hops, CancellationToken cancellationToken)
    {
        // Metadata (an SDK's own constants) and partial declarations are not constants of this compilation's code.
        if (symbol.DeclaringSyntaxReferences.Length != 1)
        {
            return;
        }

        var declaration = symbol.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        if (model is not null && declaration.SyntaxTree == model.SyntaxTree && symbol is not IParameterSymbol)
        {
            FromAssignments(symbol, declaration, model, sites, hops, cancellationToken);
        }

        var initializer = InitializerOf(declaration);
        if (initializer is null)
        {
            return;
        }

        if (model is not null && initializer.SyntaxTree == model.SyntaxTree)
        {
            Resolve(model.GetOperation(initializer, cancellationToken), model, sites, hops + 1, cancellationToken);
        }
        else if (symbol is IFieldSymbol { HasConstantValue: true, ConstantValue: string constant })
        {
            Add(sites, initializer, constant);
        }
        else if (SyntacticConstant.TryEvaluate(initializer, out var value))
        {
            Add(sites, initializer, value);
        }
    }

    /// <summary>
    /// Constants assigned to the local in its member, or to the field or property in its type ("_keyId = "..."" in a
    /// constructor): they reach the SDK as surely as an initializer does.
    /// </summary>
    private static void FromAssignments(ISymbol symbol, SyntaxNode declaration, SemanticModel model, List<ConstantSite> sites, int hops, CancellationToken cancellationToken)
    {
        SyntaxNode? scope = symbol is ILocalSymbol
            ? declaration.FirstAncestorOrSelf<MemberDeclarationSyntax>()
            : declaration.FirstAncestorOrSelf<TypeDeclarationSyntax>();
        if (scope is null)
        {
            return;
        }

        foreach (var assignment in AssignmentIndex.To(symbol.Name, scope, cancellationToken))
        {
            // Binding an assignment binds its whole member: not for a value that can hold no constant.
            if (MayHoldConstant(assignment.Right) && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol, symbol))
            {
                Resolve(model.GetOperation(assignment.Right, cancellationToken), model, sites, hops + 1, cancellationToken);
            }
        }
    }

    /// <summary>
    /// False for a value that, by its syntax alone, <see cref="Resolve(IOperation?, SemanticModel?, List{ConstantSite}, int, CancellationToken)"/>
    /// would find no constant in: a call (other than Encoding's GetString), a creation, an await, a lambda, or a
    /// parameter without a default value (<c>_keyId = keyId</c> in a constructor, <c>value</c> in a setter).
    /// </summary>
    private static bool MayHoldConstant(ExpressionSyntax value) => value switch
    {
        ParenthesizedExpressionSyntax parenthesized => MayHoldConstant(parenthesized.Expression),
        CastExpressionSyntax cast => MayHoldConstant(cast.Expression),
        ConditionalExpressionSyntax conditional => MayHoldConstant(conditional.WhenTrue) || MayHoldConstant(conditional.WhenFalse),
        InvocationExpressionSyntax invocation => SyntaxNames.Invoked(invocation.Expression) == "GetString",
        BaseObjectCreationExpressionSyntax or ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax
            or AwaitExpressionSyntax or AnonymousFunctionExpressionSyntax or ThisExpressionSyntax or TypeOfExpressionSyntax => false,
        IdentifierNameSyntax identifier => !IsParameterWithoutDefault(identifier),
        _ => true,
    };

    /// <summary>
    /// True when the name is a parameter of the innermost enclosing function that declares that name (C# allows no
    /// local of the same name inside it), with no default value; or a setter's <c>value</c>.
    /// </summary>
    private static bool IsParameterWithoutDefault(IdentifierNameSyntax identifier)
    {
        var name = identifier.Identifier.ValueText;
        for (var node = identifier.Parent; node is not null and not TypeDeclarationSyntax; node = node.Parent)
        {
            if (node is AccessorDeclarationSyntax accessor)
            {
                if (name == "value" && !accessor.IsKind(SyntaxKind.GetAccessorDeclaration))
                {
                    return true;
                }

                continue;
            }

            var parameters = node switch
            {
                BaseMethodDeclarationSyntax method => method.ParameterList.Parameters,
                LocalFunctionStatementSyntax local => local.ParameterList.Parameters,
                ParenthesizedLambdaExpressionSyntax lambda => lambda.ParameterList.Parameters,
                SimpleLambdaExpressionSyntax lambda => SyntaxFactory.SingletonSeparatedList(lambda.Parameter),
                AnonymousMethodExpressionSyntax { ParameterList: { } anonymous } => anonymous.Parameters,
                _ => default,
            };
            foreach (var parameter in parameters)
            {
                if (parameter.Identifier.ValueText == name)
                {
                    return parameter.Default is null;
                }
            }
        }

        return false;
    }

    private static ExpressionSyntax? InitializerOf(SyntaxNode declaration) => declaration switch
    {
        VariableDeclaratorSyntax variable => variable.Initializer?.Value,
        PropertyDeclarationSyntax property => property.Initializer?.Value ?? property.ExpressionBody?.Expression ?? GetterExpression(property),
        ParameterSyntax parameter => parameter.Default?.Value,
        _ => null,
    };

    private static ExpressionSyntax? GetterExpression(PropertyDeclarationSyntax property)
    {
        if (property.AccessorList is null)
        {
            return null;
        }

        foreach (var accessor in property.AccessorList.Accessors)
        {
            if (accessor.Keyword.ValueText != "get")
            {
                continue;
            }

            if (accessor.ExpressionBody is not null)
            {
                return accessor.ExpressionBody.Expression;
            }

            if (accessor.Body is { Statements.Count: 1 } body && body.Statements[0] is ReturnStatementSyntax returned)
            {
                return returned.Expression;
            }
        }

        return null;
    }

    private static bool IsEncodingGetString(IInvocationOperation invocation) =>
        invocation.Arguments.Length == 1
        && invocation.TargetMethod.Name == "GetString"
        && invocation.TargetMethod.ContainingType is { Name: "Encoding", ContainingNamespace: { Name: "Text", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };

    private static void Add(List<ConstantSite> sites, SyntaxNode node, string value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            sites.Add(new ConstantSite(node, value));
        }
    }
}
