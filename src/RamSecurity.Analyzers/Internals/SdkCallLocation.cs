using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace RamSecurity.Analyzers.Internals;

/// <summary>Where a diagnostic on a call or creation goes: <c>new Type(...)</c> without its initializer, which may span many lines; a call's name and arguments.</summary>
internal static class SdkCallLocation
{
    public static Location Of(SyntaxNode syntax)
    {
        var span = syntax switch
        {
            ObjectCreationExpressionSyntax explicitType => TextSpan.FromBounds(syntax.SpanStart, explicitType.ArgumentList?.Span.End ?? explicitType.Type.Span.End),
            ImplicitObjectCreationExpressionSyntax implicitType => TextSpan.FromBounds(syntax.SpanStart, implicitType.ArgumentList.Span.End),
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation => TextSpan.FromBounds(access.Name.SpanStart, invocation.Span.End),
            _ => syntax.Span,
        };

        return Location.Create(syntax.SyntaxTree, span);
    }
}
