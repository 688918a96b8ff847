using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RamSecurity.Analyzers.Internals;
using RamSecurity.Analyzers.Sdk;

namespace RamSecurity.Analyzers.Credentials;

/// <summary>
/// The calls, creations and assignments of one syntax tree that may reach an SDK credential member, found from
/// syntax alone by the names in <see cref="SdkCredentialNames"/>, with the identifiers they mention and the argument
/// each stands in. Built once per tree, it answers "could an SDK call in this file read the field named X?" without
/// binding anything.
/// </summary>
internal sealed class SinkCandidates
{
    private readonly Dictionary<string, List<Reader>> _byMentionedName;

    private SinkCandidates(Dictionary<string, List<Reader>> byMentionedName) => _byMentionedName = byMentionedName;

    private static readonly SinkCandidates None = new(new Dictionary<string, List<Reader>>());

    /// <summary>
    /// The candidates of a tree. A file whose text names no SDK member as a whole word has none, and is not walked;
    /// in the others only the places the tree's sheet found a credential member's name (or a <c>new(</c>) are looked
    /// at, each from its token up to the call, creation or assignment it names: visiting every node of a file that
    /// has a few SDK calls was most of this rule's cost on an SDK's own sources.
    /// </summary>
    public static SinkCandidates For(SyntaxTree tree, TreeMentions mentions, System.Threading.CancellationToken cancellationToken)
    {
        if (!mentions.In(tree, cancellationToken))
        {
            return None;
        }

        var root = tree.GetRoot(cancellationToken);
        var byMentionedName = new Dictionary<string, List<Reader>>(System.StringComparer.Ordinal);
        SyntaxNode? last = null;
        foreach (var position in TreeFacts.For(tree, cancellationToken).SinkNamePositions)
        {
            if (Named(root.FindToken(position)) is { } candidate && candidate != last)
            {
                Add(byMentionedName, candidate);
                last = candidate;
            }
        }

        return new SinkCandidates(byMentionedName);
    }

    /// <summary>The candidate readers whose values mention <paramref name="name"/>, each once per argument.</summary>
    public IReadOnlyList<Reader> Mentioning(string name) =>
        _byMentionedName.TryGetValue(name, out var readers) ? readers : System.Array.Empty<Reader>();

    /// <summary>The call, creation or assignment a name token (or a <c>new</c> keyword) names, if any.</summary>
    private static SyntaxNode? Named(SyntaxToken token)
    {
        if (token.Parent is ImplicitObjectCreationExpressionSyntax implicitCreation && token == implicitCreation.NewKeyword)
        {
            return implicitCreation;
        }

        // Up the name: Aliyun.OSS.OssClient, client.GetProfile, x?.AccessKeyId, GetProfile<T>.
        SyntaxNode? name = token.Parent;
        while (name?.Parent is QualifiedNameSyntax or AliasQualifiedNameSyntax or NullableTypeSyntax
            || (name?.Parent is MemberAccessExpressionSyntax memberAccess && memberAccess.Name == name)
            || (name?.Parent is MemberBindingExpressionSyntax memberBinding && memberBinding.Name == name))
        {
            name = name.Parent;
        }

        return name?.Parent switch
        {
            InvocationExpressionSyntax invocation when invocation.Expression == name => invocation,
            ObjectCreationExpressionSyntax creation when creation.Type == name => creation,
            AssignmentExpressionSyntax assignment when assignment.Left == name => assignment,
            _ => null,
        };
    }

    private static void Add(Dictionary<string, List<Reader>> byMentionedName, SyntaxNode node)
    {
        switch (node)
        {
            case InvocationExpressionSyntax invocation when SyntaxNames.Invoked(invocation.Expression) is var name && SdkCredentialNames.MayName(name):
                AddArguments(byMentionedName, node, name, invocation.ArgumentList);
                break;
            case BaseObjectCreationExpressionSyntax creation when SyntaxNames.MayCreateSdkType(creation) && creation.ArgumentList is { } arguments:
                AddArguments(byMentionedName, node, creation is ObjectCreationExpressionSyntax explicitType ? SyntaxNames.Type(explicitType.Type) : null, arguments);
                break;
            case AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && SdkCredentialNames.MayName(SyntaxNames.Invoked(assignment.Left)):
                AddIdentifiers(byMentionedName, assignment.Right, new Reader(node, null, -1, null));
                break;
        }
    }

    private static void AddArguments(Dictionary<string, List<Reader>> byMentionedName, SyntaxNode node, string? name, ArgumentListSyntax arguments)
    {
        for (var ordinal = 0; ordinal < arguments.Arguments.Count; ordinal++)
        {
            var argument = arguments.Arguments[ordinal];
            AddIdentifiers(byMentionedName, argument.Expression, new Reader(node, name, ordinal, argument.NameColon?.Name.Identifier.ValueText));
        }
    }

    private static void AddIdentifiers(Dictionary<string, List<Reader>> byMentionedName, SyntaxNode values, Reader reader)
    {
        foreach (var identifier in values.DescendantNodesAndSelf())
        {
            if (identifier is IdentifierNameSyntax name)
            {
                if (!byMentionedName.TryGetValue(name.Identifier.ValueText, out var readers))
                {
                    readers = new List<Reader>();
                    byMentionedName.Add(name.Identifier.ValueText, readers);
                }

                if (readers.Count == 0 || !readers[readers.Count - 1].Equals(reader))
                {
                    readers.Add(reader);
                }
            }
        }
    }

    /// <summary>
    /// A call, creation or assignment that mentions a name, with where: the argument (by position, and by name when
    /// it has one) of a call or creation that syntax names <see cref="Name"/>, or an assignment's right side (-1).
    /// </summary>
    internal readonly struct Reader : System.IEquatable<Reader>
    {
        public Reader(SyntaxNode node, string? name, int ordinal, string? argumentName)
        {
            Node = node;
            Name = name;
            Ordinal = ordinal;
            ArgumentName = argumentName;
        }

        public SyntaxNode Node { get; }

        /// <summary>The simple name of the method or created type; null for an assignment or a target-typed <c>new(...)</c>.</summary>
        public string? Name { get; }

        public int Ordinal { get; }

        public string? ArgumentName { get; }

        public bool Equals(Reader other) => Node == other.Node && Ordinal == other.Ordinal;

        public override bool Equals(object? obj) => obj is Reader other && Equals(other);

        public override int GetHashCode() => (Node.GetHashCode() * 31) + Ordinal;
    }
}
