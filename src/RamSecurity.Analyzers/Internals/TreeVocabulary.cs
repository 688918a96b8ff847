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

    private static readonly Dictionary<string, int> Index = Words
        .Select((word, index) => (word, index))
        .ToDictionary(pair => pair.word, pair => pair.index, System.StringComparer.Ordinal);

    // Word indices by length: a word of the text is compared only with the words of its length.
    private static readonly int[]?[] ByLength = BuildByLength();

    // The shortest pieces every word contains (the words that contain no other): a chunk that holds none of them,
    // found by vectorised searches, is not read word by word.
    private static readonly string[] Stems = Words
        .Where(word => !Words.Any(other => other != word && word.IndexOf(other, StringComparison.Ordinal) >= 0))
        .ToArray();

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
    public static void MarkWords(ReadOnlySpan<char> text, ulong[] found)
    {
        // Locals, not the static fields, in the loop: the JIT reads a static of a class not yet initialised through a helper.
        var byLength = ByLength;
        var words = Words;
        if (!ContainsAnyStem(text))
        {
            return;
        }

        var i = 0;
        while (i < text.Length)
        {
            if (!IsIdentifierPart(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (++i < text.Length && IsIdentifierPart(text[i]))
            {
            }

            var length = i - start;
            if (length < byLength.Length && byLength[length] is { } candidates)
            {
                var first = text[start];
                foreach (var index in candidates)
                {
                    var word = words[index];
                    if (word[0] == first && text.Slice(start, length).SequenceEqual(word.AsSpan()))
                    {
                        found[index >> 6] |= 1UL << index;
                    }
                }
            }
        }
    }

    private static bool ContainsAnyStem(ReadOnlySpan<char> text)
    {
        foreach (var stem in Stems)
        {
            if (text.IndexOf(stem.AsSpan()) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The characters of a C# identifier, as the rules' word scans have always read them.</summary>
    public static bool IsIdentifierPart(char c) =>
        c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' : char.IsLetterOrDigit(c);

    private static int[]?[] BuildByLength()
    {
        var byLength = new int[]?[Words.Max(word => word.Length) + 1];
        foreach (var group in Words.Select((word, index) => (word, index)).GroupBy(pair => pair.word.Length))
        {
            byLength[group.Key] = group.Select(pair => pair.index).ToArray();
        }

        return byLength;
    }
}
