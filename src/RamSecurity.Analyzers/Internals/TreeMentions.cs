using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace RamSecurity.Analyzers.Internals;

/// <summary>
/// Which syntax trees name an SDK member a rule looks at. A rule registers its operation actions only for the types
/// declared in such trees: in the files that never name the SDK, which are most files, it costs one test per type
/// instead of a callback per invocation, creation and assignment.
/// </summary>
/// <remarks>
/// The words are looked up in the tree's <see cref="TreeFacts"/>, read once per tree for every rule; only a word the
/// shared <see cref="TreeVocabulary"/> lacks is searched for here, in this rule's own pass.
/// </remarks>
internal sealed class TreeMentions
{
    private readonly ulong[] _mask;
    private readonly WordSet? _unknown;
    private readonly ConcurrentDictionary<SyntaxTree, bool>? _unknownByTree;

    public TreeMentions(IEnumerable<string> words)
    {
        _mask = TreeVocabulary.Mask(words, out var unknown);
        if (unknown.Count > 0)
        {
            _unknown = new WordSet(unknown);
            _unknownByTree = new ConcurrentDictionary<SyntaxTree, bool>();
        }
    }

    public TreeMentions(WordSet words)
        : this(words.Words)
    {
    }

    /// <summary>True when a file that declares the type (a symbol start's) names one of the words.</summary>
    public bool In(TypeScope type, System.Threading.CancellationToken cancellationToken)
    {
        foreach (var (tree, facts) in type.Files)
        {
            if (facts.ContainsAny(_mask) || (_unknown is not null && InUnknown(tree, cancellationToken)))
            {
                return true;
            }
        }

        return false;
    }

    public bool In(SyntaxTree tree, System.Threading.CancellationToken cancellationToken) =>
        TreeFacts.For(tree, cancellationToken).ContainsAny(_mask) || (_unknown is not null && InUnknown(tree, cancellationToken));

    private bool InUnknown(SyntaxTree tree, System.Threading.CancellationToken cancellationToken) =>
        _unknownByTree!.TryGetValue(tree, out var mentions) ? mentions : _unknownByTree.GetOrAdd(tree, _unknown!.AppearsIn(tree.GetText(cancellationToken).ToString()));
}
