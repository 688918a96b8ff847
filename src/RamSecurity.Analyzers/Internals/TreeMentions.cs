using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace RamSecurity.Analyzers.Internals;

/// <summary>
/// Which syntax trees name an SDK member a rule looks at, decided once per tree from its text. A rule registers its
/// operation actions only for the types declared in such trees: in the files that never name the SDK, which are most
/// files, it costs one test per type instead of a callback per invocation, creation and assignment.
/// </summary>
internal sealed class TreeMentions
{
    private readonly WordSet _words;
    private readonly ConcurrentDictionary<SyntaxTree, bool> _byTree = new();

    public TreeMentions(IEnumerable<string> words) => _words = new WordSet(words);

    public TreeMentions(WordSet words) => _words = words;

    /// <summary>True when a file that declares the type (a symbol start's) names one of the words.</summary>
    public bool In(ISymbol type, System.Threading.CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (In(reference.SyntaxTree, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    public bool In(SyntaxTree tree, System.Threading.CancellationToken cancellationToken) =>
        _byTree.TryGetValue(tree, out var mentions) ? mentions : _byTree.GetOrAdd(tree, _words.AppearsIn(tree.GetText(cancellationToken).ToString()));
}
