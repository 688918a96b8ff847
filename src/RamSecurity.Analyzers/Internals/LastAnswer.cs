using System;
using System.Threading;

namespace RamSecurity.Analyzers.Internals;

/// <summary>
/// One question, its answer remembered for the last key asked on each thread: the string literals of a file reach a
/// syntax node action one after another on one thread (each literal used to look its tree up twice), and every SDK
/// rule asks about the same type at its start, one rule after another.
/// </summary>
/// <remarks>
/// The key is held weakly and the question not at all: a thread's memo keeps neither a tree the host has dropped nor
/// the compilation a question's closure holds. The answer is held until the thread asks about another key.
/// </remarks>
internal sealed class LastAnswer<TKey, TValue>
    where TKey : class
{
    private static int s_lastId;

    [ThreadStatic]
    private static Memo? s_memo;

    // Tells the questions apart (each compilation has its own) without holding them from a thread's memo.
    private readonly int _id = Interlocked.Increment(ref s_lastId);
    private readonly Func<TKey, CancellationToken, TValue> _question;

    public LastAnswer(Func<TKey, CancellationToken, TValue> question) => _question = question;

    public TValue For(TKey key, CancellationToken cancellationToken)
    {
        var memo = s_memo ??= new Memo();
        if (memo.Question == _id && memo.Key.TryGetTarget(out var last) && ReferenceEquals(last, key))
        {
            return memo.Answer!;
        }

        var answer = _question(key, cancellationToken);
        memo.Question = _id;
        memo.Key.SetTarget(key);
        memo.Answer = answer;
        return answer;
    }

    private sealed class Memo
    {
        public int Question;

        public TValue? Answer;

        public WeakReference<TKey> Key { get; } = new(null!);
    }
}
