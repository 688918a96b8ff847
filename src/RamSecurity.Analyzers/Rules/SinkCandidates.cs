using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RamSecurity.Analyzers.Internals;
using RamSecurity.Analyzers.Sdk;

namespace RamSecurity.Analyzers.Rules;

/// <summary>
/// The calls, creations and assignments of one syntax tree that may reach an SDK credential member, found from
/// syntax alone by the names in <see cref="SdkCredentialNames"/>, with the identifiers they mention. Built once per
/// tree, it answers "could an SDK call in this file read the field named X?" without binding anything.
/// </summary>
internal sealed class SinkCandidates
{
    private readonly Dictionary<string, List<SyntaxNode>> _byMentionedName;

    private SinkCandidates(Dictionary<string, List<SyntaxNode>> byMentionedName) => _byMentionedName = byMentionedName;

    private static readonly SinkCandidates None = new(new Dictionary<string, List<SyntaxNode>>());

    /// <summary>
    /// The candidates of a tree. A file whose text names no SDK member as a whole word has none, and is not walked:
    /// searching the text is several times cheaper than visiting every node.
    /// </summary>
    public static SinkCandidates For(SyntaxTree tree, TreeMentions mentions, System.Threading.CancellationToken cancellationToken) =>
        mentions.In(tree, cancellationToken) ? Build(tree.GetRoot(cancellationToken)) : None;

    private static SinkCandidates Build(SyntaxNode root)
    {
        var byMentionedName = new Dictionary<string, List<SyntaxNode>>(System.StringComparer.Ordinal);
        foreach (var node in root.DescendantNodes())
        {
            var values = ValuesOf(node);
            if (values is null)
            {
                continue;
            }

            foreach (var identifier in values.DescendantNodesAndSelf())
            {
                if (identifier is IdentifierNameSyntax name)
                {
                    if (!byMentionedName.TryGetValue(name.Identifier.ValueText, out var nodes))
                    {
                        nodes = new List<SyntaxNode>();
                        byMentionedName.Add(name.Identifier.ValueText, nodes);
                    }

                    if (nodes.Count == 0 || nodes[nodes.Count - 1] != node)
                    {
                        nodes.Add(node);
                    }
                }
            }
        }

        return new SinkCandidates(byMentionedName);
    }

    /// <summary>The candidate nodes whose values mention <paramref name="name"/>.</summary>
    public IReadOnlyList<SyntaxNode> Mentioning(string name) =>
        _byMentionedName.TryGetValue(name, out var nodes) ? nodes : System.Array.Empty<SyntaxNode>();

    /// <summary>The part of a candidate that carries values into the SDK: its arguments, or an assignment's right side.</summary>
    private static SyntaxNode? ValuesOf(SyntaxNode node) => node switch
    {
        InvocationExpressionSyntax invocation when SdkCredentialNames.MayName(SyntaxNames.Invoked(invocation.Expression)) => invocation.ArgumentList,
        BaseObjectCreationExpressionSyntax creation when SyntaxNames.MayCreateSdkType(creation) => creation.ArgumentList,
        AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
            && SdkCredentialNames.MayName(SyntaxNames.Invoked(assignment.Left)) => assignment.Right,
        _ => null,
    };
}
