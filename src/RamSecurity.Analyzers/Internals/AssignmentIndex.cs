using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RamSecurity.Analyzers.Internals;

/// <summary>
/// The simple assignments to a name (<c>x = ...</c>, <c>this.x = ...</c>, <c>@x = ...</c>) inside a scope, found from
/// where the name stands in the scope's text: each whole-word occurrence is walked up from its token.
/// </summary>
/// <remarks>
/// <see cref="ConstantSiteResolver"/> asks this for a field or property a credential reaches the SDK from. It used to
/// walk every node of the file once to index all its assignments; the occurrences of one name are a few, and one
/// vectorised search finds them (on the Alibaba SDK sources the walks were a tenth of the package's time). A name
/// spelt with Unicode escapes (<c>\u0078 = ...</c>) is not found, as no rule's word is.
/// </remarks>
internal static class AssignmentIndex
{
    /// <summary>The assignments to <paramref name="name"/> inside <paramref name="scope"/>, in document order.</summary>
    public static IEnumerable<AssignmentExpressionSyntax> To(string name, SyntaxNode scope, CancellationToken cancellationToken)
    {
        var tree = scope.SyntaxTree;
        var positions = TreeFacts.WordPositions(tree.GetText(cancellationToken), scope.Span, name, cancellationToken);
        if (positions.Count == 0)
        {
            yield break;
        }

        var root = tree.GetRoot(cancellationToken);
        foreach (var position in positions)
        {
            // The identifier's token starts at the name, or one character before it (a verbatim "@name"); an occurrence
            // in a comment or a string finds another token, or none that starts there.
            var token = root.FindToken(position);
            var starts = token.SpanStart == position || (token.SpanStart == position - 1 && token.Text.Length > 0 && token.Text[0] == '@');
            if (!starts || token.Parent is not IdentifierNameSyntax identifier || identifier.Identifier.ValueText != name)
            {
                continue;
            }

            ExpressionSyntax target = identifier.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } access && access.Name == identifier
                ? access
                : identifier;
            if (target.Parent is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment && assignment.Left == target)
            {
                yield return assignment;
            }
        }
    }
}
