using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using System.Collections.Immutable;

namespace RamSecurity.Analyzers.Internals;

/// <summary>
/// Which syntax trees name an SDK member a rule looks at, decided once per tree from its text. A rule registers its
/// operation actions only for the code blocks of such trees: in the files that never name the SDK, which are most
/// files, it costs one test per block instead of a callback per invocation, creation and assignment.
/// </summary>
internal sealed class TreeMentions
{
    private readonly WordSet _words;
    private readonly ConcurrentDictionary<SyntaxTree, bool> _byTree = new();

    public TreeMentions(IEnumerable<string> words) => _words = new WordSet(words);

    public TreeMentions(WordSet words) => _words = words;

    /// <summary>True when the tree of the code blocks (an operation block start's) names one of the words.</summary>
    public bool In(ImmutableArray<IOperation> blocks, System.Threading.CancellationToken cancellationToken) =>
        blocks.Length > 0 && In(blocks[0].Syntax.SyntaxTree, cancellationToken);

    public bool In(SyntaxTree tree, System.Threading.CancellationToken cancellationToken) =>
        _byTree.TryGetValue(tree, out var mentions) ? mentions : _byTree.GetOrAdd(tree, _words.AppearsIn(tree.GetText(cancellationToken).ToString()));
}
