using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RamSecurity.Analyzers.CodeFixes.Internals;

/// <summary>
/// Where the fix puts its <c>GetRequiredEnvironmentVariable</c> helper: the outermost class, struct or record around
/// the literal (nested types call it by its simple name). No host, and so the inline read, where the type is partial
/// (another part, in another document, may get a helper of its own), where the literal sits in an interface, or where
/// the name already means something else at the literal.
/// </summary>
internal static class RequiredVariableHelper
{
    public static TypeDeclarationSyntax? Host(SyntaxNode literal, SemanticModel model, CancellationToken cancellationToken)
    {
        TypeDeclarationSyntax? host = null;
        foreach (var type in literal.Ancestors().OfType<BaseTypeDeclarationSyntax>())
        {
            if (type is not (ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax) || type.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return null;
            }

            host = (TypeDeclarationSyntax)type;
        }

        if (host is null)
        {
            return null;
        }

        // Something of that name already visible here (a member, an inherited method) is reused only when it is our helper.
        foreach (var symbol in model.LookupSymbols(literal.SpanStart, name: EnvironmentRead.HelperName))
        {
            if (!IsHelper(symbol) || !SymbolEqualityComparer.Default.Equals(symbol.ContainingType, model.GetDeclaredSymbol(host, cancellationToken)))
            {
                return null;
            }
        }

        return host;
    }

    /// <summary>True when the host has the helper already (an earlier fix added it).</summary>
    public static bool Exists(TypeDeclarationSyntax host, SemanticModel model, CancellationToken cancellationToken) =>
        model.GetDeclaredSymbol(host, cancellationToken)?.GetMembers(EnvironmentRead.HelperName).Any(IsHelper) == true;

    private static bool IsHelper(ISymbol symbol) =>
        symbol is IMethodSymbol { IsStatic: true, ReturnType.SpecialType: SpecialType.System_String, Parameters: { Length: 1 } parameters }
        && parameters[0].Type.SpecialType == SpecialType.System_String;
}
