using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace RamSecurity.Analyzers.Internals;

/// <summary>
/// What one syntax tree's text contains, computed once per tree for every analyzer of the package: which words of
/// <see cref="TreeVocabulary"/> stand in it as whole words (the SDK names, credential words and policy keys the
/// rules gate on), and where the AccessKey ID and STS token prefixes are (the comment scan's candidates).
/// </summary>
/// <remarks>
/// The text is read as its own string when it is short (<see cref="WholeTextLength"/>: the compiler's text of such a
/// file is that string, so nothing is copied), else in chunks copied into a buffer of the thread, never as a string of
/// the whole file: before this sheet, every analyzer copied every file into a string and searched it.
/// Kept weakly by tree, so a tree the host drops takes its sheet with it; a tree shared by two compilations (a
/// clone, the next keystroke's compilation) is read once for both.
/// </remarks>
internal sealed class TreeFacts
{
    private const int ChunkLength = 16 * 1024;

    /// <summary>
    /// Up to this length a text is read through <see cref="SourceText.ToString()"/>: the compiler reads such a file as a
    /// string-backed text, whose ToString is that string (copying the chunks was a fifth of the sheet's cost); any
    /// other text copies at most 64 KB, below the large object heap. A longer file (the compiler's chunked text above
    /// 40K characters) is read in chunks.
    /// </summary>
    internal const int WholeTextLength = 32 * 1024;

    private static readonly ConditionalWeakTable<SyntaxTree, TreeFacts> ByTree = new();

    [System.ThreadStatic]
    private static char[]? s_buffer;

    private static int s_computed;

    private readonly SourceText _text;
    private Found? _found;

    private TreeFacts(SourceText text, IReadOnlyList<int> accessKeyIdPrefixes, IReadOnlyList<int> securityTokenPrefixes, bool namesSdkNamespace)
    {
        _text = text;
        AccessKeyIdPrefixes = accessKeyIdPrefixes;
        SecurityTokenPrefixes = securityTokenPrefixes;
        NamesSdkNamespace = namesSdkNamespace;
    }

    /// <summary>How many sheets were computed in this process: a test's proof that a tree is read once.</summary>
    internal static int ComputedCount => Volatile.Read(ref s_computed);

    /// <summary>Every position of "LTAI" in the text, in order.</summary>
    public IReadOnlyList<int> AccessKeyIdPrefixes { get; }

    /// <summary>Every position of "CAIS" in the text, in order.</summary>
    public IReadOnlyList<int> SecurityTokenPrefixes { get; }

    /// <summary>True when the text names an SDK's root namespace (<see cref="SdkReach.TextRoots"/>), anywhere.</summary>
    public bool NamesSdkNamespace { get; }

    public static TreeFacts For(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (ByTree.TryGetValue(tree, out var facts))
        {
            return facts;
        }

        var computed = Compute(tree.GetText(cancellationToken), cancellationToken);
        return ByTree.GetValue(tree, _ => computed);
    }

    /// <summary>True when one of the words of the mask (<see cref="TreeVocabulary.Mask"/>) stands in the text.</summary>
    public bool ContainsAny(ulong[] mask)
    {
        var words = Words();
        for (var i = 0; i < mask.Length; i++)
        {
            if ((mask[i] & words[i]) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the vocabulary word stands in the text as a whole word.</summary>
    public bool Contains(string word) => TreeVocabulary.IndexOf(word) is var index && index >= 0 && (Words()[index >> 6] & (1UL << index)) != 0;

    /// <summary>
    /// The prefixes and the SDK namespaces, at once (every rule's comment scan needs the prefixes; three vectorised
    /// searches); the words on the first question (only SDK rules ask, and only of a file that can reach the SDK).
    /// </summary>
    internal static TreeFacts Compute(SourceText text, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref s_computed);
        List<int>? ids = null;
        List<int>? tokens = null;
        var namesSdk = false;
        ForEachChunk(text, cancellationToken, (chunk, offset) =>
        {
            FindAll(chunk, "LTAI".AsSpan(), offset, ref ids);
            FindAll(chunk, "CAIS".AsSpan(), offset, ref tokens);
            namesSdk = namesSdk || SdkReach.NamesRoot(chunk);
        });

        return new TreeFacts(text, (IReadOnlyList<int>?)ids ?? Array.Empty<int>(), (IReadOnlyList<int>?)tokens ?? Array.Empty<int>(), namesSdk);
    }

    /// <summary>
    /// Where the names of credential members and target-typed <c>new(</c> stand, in order: the calls, creations and
    /// assignments that may reach the SDK are found from these, not by visiting every node.
    /// </summary>
    public IReadOnlyList<int> SinkNamePositions => Read().Positions;

    private ulong[] Words() => Read().Words;

    private Found Read()
    {
        if (Volatile.Read(ref _found) is { } known)
        {
            return known;
        }

        var found = new Found(new ulong[TreeVocabulary.MaskLength], new List<int>());
        ForEachChunk(_text, CancellationToken.None, (chunk, offset) => TreeVocabulary.MarkWords(chunk, offset, startsLine: offset == 0, found.Words, found.Positions));
        Interlocked.CompareExchange(ref _found, found, null);
        return _found!;
    }

    private sealed class Found
    {
        public Found(ulong[] words, List<int> positions)
        {
            Words = words;
            Positions = positions;
        }

        public ulong[] Words { get; }

        public List<int> Positions { get; }
    }

    private delegate void ChunkAction(ReadOnlySpan<char> chunk, int offset);

    /// <summary>
    /// Where <paramref name="word"/> stands as a whole word (not inside a longer identifier) within <paramref name="span"/>
    /// of the text, in order: one vectorised search over the span, read as the sheet reads a text.
    /// </summary>
    public static IReadOnlyList<int> WordPositions(SourceText text, TextSpan span, string word, CancellationToken cancellationToken)
    {
        List<int>? positions = null;
        ForEachChunk(text, span, cancellationToken, (chunk, offset) => FindAll(chunk, word.AsSpan(), offset, ref positions, wholeWords: true));
        return (IReadOnlyList<int>?)positions ?? Array.Empty<int>();
    }

    /// <summary>
    /// The text whole when it is short (<see cref="WholeTextLength"/>), else in chunks that end between words: a word cut
    /// by a chunk's end is read whole by the next chunk.
    /// </summary>
    private static void ForEachChunk(SourceText text, CancellationToken cancellationToken, ChunkAction action) =>
        ForEachChunk(text, new TextSpan(0, text.Length), cancellationToken, action);

    private static void ForEachChunk(SourceText text, TextSpan span, CancellationToken cancellationToken, ChunkAction action)
    {
        if (text.Length <= WholeTextLength)
        {
            action(text.ToString().AsSpan(span.Start, span.Length), span.Start);
            return;
        }

        var buffer = s_buffer ??= new char[ChunkLength];
        var start = span.Start;
        while (start < span.End)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var length = Math.Min(ChunkLength, span.End - start);
            text.CopyTo(start, buffer, 0, length);
            var end = start + length == span.End ? length : StartOfLastWord(buffer, length);
            if (end == 0)
            {
                // One identifier longer than a chunk: no word of the vocabulary, nor a prefix worth a look, is that long.
                start = SkipWord(text, start + length);
                continue;
            }

            action(new ReadOnlySpan<char>(buffer, 0, end), start);
            start += end;
        }
    }

    /// <param name="wholeWords">Only where no identifier character stands right before or after the text found.</param>
    private static void FindAll(System.ReadOnlySpan<char> chunk, System.ReadOnlySpan<char> prefix, int offset, ref List<int>? positions, bool wholeWords = false)
    {
        var from = 0;
        int index;
        while ((index = System.MemoryExtensions.IndexOf(chunk.Slice(from), prefix)) >= 0)
        {
            var at = from + index;
            if (!wholeWords
                || ((at == 0 || !TreeVocabulary.IsIdentifierPart(chunk[at - 1]))
                    && (at + prefix.Length == chunk.Length || !TreeVocabulary.IsIdentifierPart(chunk[at + prefix.Length]))))
            {
                (positions ??= new List<int>()).Add(offset + at);
            }

            from = at + 1;
        }
    }

    private static int StartOfLastWord(char[] buffer, int length)
    {
        var i = length;
        while (i > 0 && TreeVocabulary.IsIdentifierPart(buffer[i - 1]))
        {
            i--;
        }

        return i;
    }

    private static int SkipWord(SourceText text, int position)
    {
        while (position < text.Length && TreeVocabulary.IsIdentifierPart(text[position]))
        {
            position++;
        }

        return position;
    }
}
