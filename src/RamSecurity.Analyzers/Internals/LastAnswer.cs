using System;
using System.Threading;

namespace RamSecurity.Analyzers.Internals;

/// <summary>
/// One question, its answer remembered for the last key each thread asked: the string literals of a file reach a
/// syntax node action one after another on one thread (each literal used to look its tree up twice), and every SDK
/// rule asks about the same type at its start, one rule after another.
/// </summary>
/// <remarks>
/// The memo is the question's own, in a slot per thread (the managed thread id picks it; two threads that share a slot
/// only ask again). An instance lives with its compilation (a compilation start's closure, a sheet kept by
/// compilation), so holding the last key and answer strongly keeps nothing the compilation does not hold. It replaced
/// a memo in a thread-static of the generic class with the key held weakly: on an SDK's own sources its lookup cost
/// about 400 ns a literal (the runtime's helper for a generic class's thread-static, and the weak handle's read),
/// some 6 % of the package's CPU there (docs/performance.md).
/// </remarks>
internal sealed class LastAnswer<TKey, TValue>
    where TKey : class
{
    // A power of two: the slot is the thread id's low bits.
    private const int SlotCount = 32;

    private readonly Func<TKey, CancellationToken, TValue> _question;
    private readonly Answer?[] _slots = new Answer?[SlotCount];

    public LastAnswer(Func<TKey, CancellationToken, TValue> question) => _question = question;

    public TValue For(TKey key, CancellationToken cancellationToken)
    {
        var slot = Thread.CurrentThread.ManagedThreadId & (SlotCount - 1);
        if (Volatile.Read(ref _slots[slot]) is { } last && ReferenceEquals(last.Key, key))
        {
            return last.Value;
        }

        var value = _question(key, cancellationToken);
        Volatile.Write(ref _slots[slot], new Answer(key, value));
        return value;
    }

    // Immutable, so that a thread that reads another's answer from a shared slot sees it whole.
    private sealed class Answer
    {
        public Answer(TKey key, TValue value)
        {
            Key = key;
            Value = value;
        }

        public TKey Key { get; }

        public TValue Value { get; }
    }
}
