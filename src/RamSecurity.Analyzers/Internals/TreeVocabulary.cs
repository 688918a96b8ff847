using System;
using System.Collections.Generic;
using System.Linq;
using RamSecurity.Analyzers.Sdk;

namespace RamSecurity.Analyzers.Internals;

/// <summary>
/// Every word a rule of the package gates a file on (the SDK names of the tables, the credential and policy words),
/// numbered, so that one pass over a file's text (<see cref="TreeFacts"/>) answers every rule at once.
/// </summary>
internal static class TreeVocabulary
{
    /// <summary>Words the rules add to their tables' names; a rule's word missing here still works, scanned on its own.</summary>
    private static readonly string[] RuleWords =
    {
        AccountSecurityTable.StaticAccessKeyType, "AccessKey", "CreateAccessKeyRequest", "CreateAccessKey",
    };

    private static readonly string[] Words = SdkCredentialNames.MentionedNames
        .Concat(SessionDurationTable.MentionedNames)
        .Concat(SessionDurationTable.DurationMemberNames)
        .Concat(AccountSecurityTable.MentionedNames)
        .Concat(IdentityTable.LoginProfileMentionedNames)
        .Concat(IdentityTable.SharedIdentityMentionedNames)
        .Concat(IdentityTable.TrustPolicyMentionedNames)
        .Concat(IdentityTable.UserProperties)
        .Concat(RuleWords)
        .Where(word => word.Length > 0)
        .Distinct(System.StringComparer.Ordinal)
        .ToArray();

    /// <summary>The words whose positions a tree's sheet keeps: what a call, creation or assignment that may reach a credential member names.</summary>
    private static readonly HashSet<string> PositionalWords = new(SdkCredentialNames.MentionedNames, System.StringComparer.Ordinal);

    private static readonly Dictionary<string, int> Index = Words
        .Select((word, index) => (word, index))
        .ToDictionary(pair => pair.word, pair => pair.index, System.StringComparer.Ordinal);

    private static readonly int MaxLength = Words.Max(word => word.Length);

    // Word indices by first character and length: a word of the text is compared only with the vocabulary's words that
    // begin with its character and have its length (one or two), found with one array read. Every word is ASCII.
    private static readonly int[]?[] ByStart = BuildByStart();

    private static readonly bool[] IsPositional = Words.Select(PositionalWords.Contains).ToArray();

    // 1 for the characters of an identifier (IsIdentifierPart), for every UTF-16 unit: one read a character, no branch.
    private static readonly byte[] IdentifierPart = BuildIdentifierPart();

    // 1 at the hash key (KeyOf) of every word and of "new": an identifier whose key holds 0 is none of them.
    private static readonly byte[] Filter = BuildFilter();

    /// <summary>The words, for a test's proof that each is ASCII (<see cref="ByStart"/> is indexed by the first character).</summary>
    internal static IReadOnlyList<string> AllWords => Words;

    public static int MaskLength { get; } = (Words.Length + 63) / 64;

    public static int IndexOf(string word) => Index.TryGetValue(word, out var index) ? index : -1;

    /// <summary>The bits of the vocabulary's words among <paramref name="words"/>; the others go to <paramref name="unknown"/>.</summary>
    public static ulong[] Mask(IEnumerable<string> words, out List<string> unknown)
    {
        var mask = new ulong[MaskLength];
        unknown = new List<string>();
        foreach (var word in words)
        {
            if (Index.TryGetValue(word, out var index))
            {
                mask[index >> 6] |= 1UL << index;
            }
            else if (word.Length > 0)
            {
                unknown.Add(word);
            }
        }

        return mask;
    }

    /// <summary>Sets the bit of every vocabulary word that stands in the text as a whole word (an identifier-character run).</summary>
    /// <param name="offset">Where the text starts in its file: the positions kept are the file's.</param>
    /// <param name="startsLine">True when the text's first character begins a line (the file's first chunk).</param>
    /// <param name="positions">
    /// Receives, in order, the position of every credential member's name (<see cref="PositionalWords"/>) and of every
    /// target-typed <c>new(</c>: where the calls, creations and assignments that may reach the SDK stand.
    /// </param>
    /// <remarks>
    /// One pass, a character at a time and without a branch on the text's characters: each identifier's hash is built as
    /// it is read and looked up in a filter of the words' hashes at the character after it, and only an identifier the
    /// filter holds (a word, or one of the few others with a word's hash) is compared with the words. A match counts
    /// unless its line is a comment line: a word that stands only in comments opens no rule (commented-out code is not
    /// code). The pass it replaced branched at every identifier's end, a branch the processor cannot predict: 3 ns a
    /// character, a fifth of the package's CPU on an SDK's own sources; this one costs a quarter less (docs/performance.md).
    /// A multi-word search that jumps along the text (Wu-Manber) was no faster: each jump waits for the last one's read.
    /// </remarks>
    public static void MarkWords(ReadOnlySpan<char> text, int offset, bool startsLine, ulong[] found, List<int> positions)
    {
        var lastLine = new LineAnswer { At = -1 };
        for (var end = NextCandidateEnd(text, 0); end >= 0; end = end < text.Length ? NextCandidateEnd(text, end + 1) : -1)
        {
            MarkWord(text, end, offset, startsLine, ref lastLine, found, positions);
        }
    }

    /// <summary>
    /// From <paramref name="from"/> (the start of the text, or the character after an identifier's end), where the next
    /// identifier the filter holds ends; -1 when none does. A method of its own with no call in its loop, so that the JIT
    /// keeps the loop's few values in registers (with the word check's call in it, it kept them on the stack).
    /// </summary>
    private static int NextCandidateEnd(ReadOnlySpan<char> text, int from)
    {
        // Locals, not the static fields, in the loop: the JIT reads a static of a class not yet initialised through a helper.
        var identifierPart = IdentifierPart;
        var filter = Filter;
        var hash = 0u;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            var part = identifierPart[c];

            // At the character after an identifier (hash 0 stands for no identifier, and no word has its key).
            if ((filter[KeyOf(hash)] & (part ^ 1)) != 0)
            {
                return i;
            }

            // The hash of the identifier read so far, 0 after any other character: a multiply-add and a mask, no branch.
            hash = ((hash * 8) + c) & (uint)-part;
        }

        return filter[KeyOf(hash)] != 0 ? text.Length : -1;
    }

    /// <summary>The identifier that ends at <paramref name="end"/>, when it is a word of the vocabulary or a target-typed <c>new(</c>.</summary>
    private static void MarkWord(ReadOnlySpan<char> text, int end, int offset, bool startsLine, ref LineAnswer lastLine, ulong[] found, List<int> positions)
    {
        var start = end;
        while (start > 0 && IdentifierPart[text[start - 1]] != 0)
        {
            start--;
        }

        var length = end - start;
        if (length == 0)
        {
            return;
        }

        if (length == 3 && text[start] == 'n' && text[start + 1] == 'e' && text[start + 2] == 'w')
        {
            if (StartsArgumentList(text, end) && !OnCommentLine(text, start, startsLine, ref lastLine))
            {
                positions.Add(offset + start);
            }

            return;
        }

        if (length > MaxLength || text[start] >= 128 || ByStart[(text[start] * (MaxLength + 1)) + length] is not { } candidates)
        {
            return;
        }

        var word = text.Slice(start, length);
        foreach (var index in candidates)
        {
            if (word.SequenceEqual(Words[index].AsSpan()))
            {
                if (OnCommentLine(text, start, startsLine, ref lastLine))
                {
                    return;
                }

                found[index >> 6] |= 1UL << index;
                if (IsPositional[index])
                {
                    positions.Add(offset + start);
                }

                return;
            }
        }
    }

    /// <summary>An identifier's hash as the pass builds it (<c>h * 8 + c</c> a character) folded to the filter's 15 bits.</summary>
    private static int KeyOf(uint hash) => (int)((hash ^ (hash >> 11)) & ((1 << 15) - 1));

    /// <summary>True when no word of the vocabulary, nor "new", has the key of no identifier at all (hash 0): a test's proof.</summary>
    internal static bool FilterPassesNoNonIdentifier => Filter[KeyOf(0)] == 0;

    /// <summary>True when a '(' follows, after spaces: <c>new(</c> or <c>new (</c>, a target-typed creation.</summary>
    private static bool StartsArgumentList(ReadOnlySpan<char> text, int after)
    {
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        return after < text.Length && text[after] == '(';
    }

    /// <summary>
    /// True when the line of <paramref name="at"/> begins (after indentation) with "//": a comment, or text of a string
    /// that spans lines, which no rule's word is (code after such a string's end on the same line goes with it: a shape
    /// no real file was seen to have). A "//" after code on its line may be inside a string ("https://"), and is read on.
    /// </summary>
    /// <param name="startsLine">Whether the text's start begins a line, when no line break stands before <paramref name="at"/>.</param>
    /// <param name="last">
    /// The answer for the pass's last position asked: a line is read back only to there, so that the words of one long
    /// line (a generated file's) cost one read of it, not one for each word.
    /// </param>
    private static bool OnCommentLine(ReadOnlySpan<char> text, int at, bool startsLine, ref LineAnswer last)
    {
        var lineStart = at;
        var stop = Math.Max(last.At, 0);
        while (lineStart > stop && text[lineStart - 1] is not ('\n' or '\r'))
        {
            lineStart--;
        }

        // Back at the last position asked with no line break between: the same line, the same answer.
        if (lineStart == last.At)
        {
            last.At = at;
            return last.Answer;
        }

        var answer = (lineStart > 0 || startsLine) && BeginsWithComment(text, lineStart, at);
        last = new LineAnswer { At = at, Answer = answer };
        return answer;
    }

    /// <summary>True when, after spaces and tabs, the line from <paramref name="lineStart"/> begins with "//" before <paramref name="at"/>.</summary>
    private static bool BeginsWithComment(ReadOnlySpan<char> text, int lineStart, int at)
    {
        while (lineStart < at && text[lineStart] is ' ' or '\t')
        {
            lineStart++;
        }

        return lineStart + 1 < at && text[lineStart] == '/' && text[lineStart + 1] == '/';
    }

    /// <summary>Whether the line of a position is a comment line (<see cref="OnCommentLine"/>); <c>At</c> is -1 before any.</summary>
    private struct LineAnswer
    {
        public int At;

        public bool Answer;
    }

    /// <summary>The characters of a C# identifier, as the rules' word scans have always read them.</summary>
    public static bool IsIdentifierPart(char c) =>
        c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' : char.IsLetterOrDigit(c);

    private static int[]?[] BuildByStart()
    {
        var byStart = new int[]?[128 * (MaxLength + 1)];
        foreach (var group in Words.Select((word, index) => (word, index)).Where(pair => pair.word[0] < 128).GroupBy(pair => (pair.word[0] * (MaxLength + 1)) + pair.word.Length))
        {
            byStart[group.Key] = group.Select(pair => pair.index).ToArray();
        }

        return byStart;
    }

    private static byte[] BuildFilter()
    {
        var filter = new byte[1 << 15];
        foreach (var word in Words.Append("new"))
        {
            var hash = 0u;
            foreach (var c in word)
            {
                hash = (hash * 8) + c;
            }

            filter[KeyOf(hash)] = 1;
        }

        return filter;
    }

    private static byte[] BuildIdentifierPart()
    {
        var table = new byte[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = IsIdentifierPart((char)c) ? (byte)1 : (byte)0;
        }

        return table;
    }
}
