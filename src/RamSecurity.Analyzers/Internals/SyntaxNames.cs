using Microsoft.CodeAnalysis.CSharp.Syntax;
using RamSecurity.Analyzers.Sdk;

namespace RamSecurity.Analyzers.Internals;

/// <summary>The simple names that syntax gives a call, a member access or a created type, before any binding.</summary>
internal static class SyntaxNames
{
    public static string? Invoked(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        GenericNameSyntax generic => generic.Identifier.ValueText,
        MemberAccessExpressionSyntax memberAccess => memberAccess.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax memberBinding => memberBinding.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>
    /// <c>new OssClient(...)</c> by its type name; <c>new(...)</c> only when it has arguments (constructor parameters are
    /// the sinks) and its target type, where the syntax states one, may be an SDK type.
    /// </summary>
    public static bool MayCreateSdkType(BaseObjectCreationExpressionSyntax creation) => creation switch
    {
        ObjectCreationExpressionSyntax explicitType => SdkCredentialNames.MayName(Type(explicitType.Type)),
        ImplicitObjectCreationExpressionSyntax implicitType => implicitType.ArgumentList.Arguments.Count > 0 && ImplicitTargetMayBeSdkType(implicitType),
        _ => false,
    };

    private static bool ImplicitTargetMayBeSdkType(ImplicitObjectCreationExpressionSyntax creation)
    {
        var declaredType = creation.Parent is EqualsValueClauseSyntax equalsValue
            ? equalsValue.Parent switch
            {
                VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } => declaration.Type,
                PropertyDeclarationSyntax property => property.Type,
                _ => null,
            }
            : null;
        return declaredType is null or { IsVar: true } || SdkCredentialNames.MayName(Type(declaredType));
    }

    /// <summary>The simple name of a type in syntax: "OssClient" for <c>Aliyun.OSS.OssClient</c>.</summary>
    public static string? Type(TypeSyntax type) => type switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        NullableTypeSyntax nullable => Type(nullable.ElementType),
        _ => null,
    };
}
