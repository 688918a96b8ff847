using System;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace RamSecurity.Analyzers.Internals;

/// <summary>
/// One question about a syntax tree, remembered for the last tree asked on each thread: the string literals of a file
/// reach a syntax node action one after another on one thread, and each literal used to look its tree up twice.
/// </summary>
internal sealed class LastTreeAnswer
{
    private static int s_lastId;

    [ThreadStatic]
    private static Memo? s_memo;

    // Tells the questions apart without holding them (and the compilation their closures hold) from a thread's memo.
    private readonly int _id = Interlocked.Increment(ref s_lastId);
    private readonly Func<SyntaxTree, CancellationToken, bool> _question;

    public LastTreeAnswer(Func<SyntaxTree, CancellationToken, bool> question) => _question = question;

    public bool For(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var memo = s_memo ??= new Memo();
        if (memo.Question == _id && memo.Tree.TryGetTarget(out var last) && ReferenceEquals(last, tree))
        {
            return memo.Answer;
        }

        var answer = _question(tree, cancellationToken);
        memo.Question = _id;
        memo.Tree.SetTarget(tree);
        memo.Answer = answer;
        return answer;
    }

    private sealed class Memo
    {
        public int Question;

        public bool Answer;

        /// <summary>Weak: the memo must not keep a tree the host has dropped.</summary>
        public WeakReference<SyntaxTree> Tree { get; } = new(null!);
    }
}
