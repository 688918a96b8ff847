using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RamSecurity.Analyzers.CodeFixes.Internals;

/// <summary>The object creation a diagnostic on a call or creation points at: its location starts where <c>new</c> does.</summary>
internal static class DiagnosedCreation
{
    public static BaseObjectCreationExpressionSyntax? Find(SyntaxNode? root, Diagnostic diagnostic)
    {
        var start = diagnostic.Location.SourceSpan.Start;
        return root?.FindToken(start).Parent?.AncestorsAndSelf().OfType<BaseObjectCreationExpressionSyntax>().FirstOrDefault(creation => creation.SpanStart == start);
    }
}
