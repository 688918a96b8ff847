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
    /// Receives the position of every credential member's name (<see cref="PositionalWords"/>) and of every
    /// target-typed <c>new(</c>: where the calls, creations and assignments that may reach the SDK stand.
    /// </param>
    /// <remarks>
    /// One pass, a character at a time, comment lines skipped: cheaper than the vectorised searches for the words' stems it
    /// replaced (about 30 a chunk, each a pass over the chunk; on Newtonsoft.Json three times the cost of this loop). A
    /// word that stands only in comments opens no rule: commented-out code is not code.
    /// </remarks>
    public static void MarkWords(ReadOnlySpan<char> text, int offset, bool startsLine, ulong[] found, List<int> positions)
    {
        // Locals, not the static fields, in the loop: the JIT reads a static of a class not yet initialised through a helper.
        var byStart = ByStart;
        var identifierPart = IdentifierPart;
        var words = Words;
        var maxLength = MaxLength;
        var isPositional = IsPositional;
        var i = 0;
        while (i < text.Length)
        {
            if (identifierPart[text[i]] == 0)
            {
                if (text[i] == '/' && IsCommentLine(text, i, startsLine))
                {
                    // A comment line (a quarter of a documented library's text) is skipped with one vectorised search.
                    var end = text.Slice(i).IndexOf('\n');
                    i = end < 0 ? text.Length : i + end + 1;
                }
                else
                {
                    i++;
                }

                continue;
            }

            var start = i;
            while (i < text.Length && identifierPart[text[i]] != 0)
            {
                i++;
            }

            var length = i - start;
            if (length == 3 && text[start] == 'n' && text[start + 1] == 'e' && text[start + 2] == 'w' && StartsArgumentList(text, i))
            {
                positions.Add(offset + start);
                continue;
            }

            if (length == 0 || length > maxLength || text[start] >= 128 || byStart[(text[start] * (maxLength + 1)) + length] is not { } candidates)
            {
                continue;
            }

            var word = text.Slice(start, length);
            foreach (var index in candidates)
            {
                if (word.SequenceEqual(words[index].AsSpan()))
                {
                    found[index >> 6] |= 1UL << index;
                    if (isPositional[index])
                    {
                        positions.Add(offset + start);
                    }
                }
            }
        }
    }

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
    /// True at "//" that begins its line (after indentation): a comment, or text of a string that spans lines, which no
    /// rule's word is (code after such a string's end on the same line is skipped with it: a shape no real file was
    /// seen to have). A "//" after code on its line may be inside a string ("https://"), and is read on.
    /// </summary>
    private static bool IsCommentLine(ReadOnlySpan<char> text, int slash, bool startsLine)
    {
        if (slash + 1 >= text.Length || text[slash + 1] != '/')
        {
            return false;
        }

        for (var i = slash - 1; i >= 0; i--)
        {
            switch (text[i])
            {
                case ' ' or '\t':
                    continue;
                case '\n' or '\r':
                    return true;
                default:
                    return false;
            }
        }

        // The chunk's start: the file's, or a position not known to begin a line.
        return startsLine;
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
