using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RamSecurity.Analyzers.Internals;

/// <summary>
/// The simple assignments of one syntax tree by the name they assign (<c>x = ...</c>, <c>this.x = ...</c>), in
/// document order, found in one walk of the tree. <see cref="ConstantSiteResolver"/> used to walk the whole type
/// for every field it followed; in a class that reads its credential fields a hundred times, that was a hundred walks.
/// </summary>
internal sealed class AssignmentIndex
{
    private static readonly ConditionalWeakTable<SyntaxTree, AssignmentIndex> ByTree = new();

    private readonly Dictionary<string, List<AssignmentExpressionSyntax>> _byName;

    private AssignmentIndex(Dictionary<string, List<AssignmentExpressionSyntax>> byName) => _byName = byName;

    public static AssignmentIndex For(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (ByTree.TryGetValue(tree, out var index))
        {
            return index;
        }

        var built = Build(tree.GetRoot(cancellationToken), cancellationToken);
        return ByTree.GetValue(tree, _ => built);
    }

    /// <summary>The assignments to <paramref name="name"/> inside <paramref name="scope"/>, in document order.</summary>
    public IEnumerable<AssignmentExpressionSyntax> To(string name, SyntaxNode scope)
    {
        if (!_byName.TryGetValue(name, out var assignments))
        {
            yield break;
        }

        foreach (var assignment in assignments)
        {
            if (scope.Span.Contains(assignment.Span))
            {
                yield return assignment;
            }
        }
    }

    /// <summary>The name an assignment's target gives, when it is a plain or <c>this.</c> name.</summary>
    public static string? AssignedName(ExpressionSyntax target) => target switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } memberAccess => memberAccess.Name.Identifier.ValueText,
        _ => null,
    };

    private static AssignmentIndex Build(SyntaxNode root, CancellationToken cancellationToken)
    {
        var byName = new Dictionary<string, List<AssignmentExpressionSyntax>>(System.StringComparer.Ordinal);
        foreach (var node in root.DescendantNodes())
        {
            if (node is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment && AssignedName(assignment.Left) is { } name)
            {
                if (!byName.TryGetValue(name, out var list))
                {
                    list = new List<AssignmentExpressionSyntax>();
                    byName.Add(name, list);
                }

                list.Add(assignment);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        return new AssignmentIndex(byName);
    }
}
