using System.Collections.Generic;
using System.Linq;

namespace RamSecurity.Analyzers.Sdk;

/// <summary>
/// The simple names in <see cref="SdkCredentialTable"/> (types, methods, properties): a call, creation or
/// assignment whose syntax names none of them cannot reach a credential member, so it is never bound.
/// </summary>
internal static class SdkCredentialNames
{
    // Constructors stand in the table as ".ctor", a name no syntax carries: their type name is what syntax shows.
    private static readonly HashSet<string> Names = new(
        SdkCredentialTable.Members
            .SelectMany(member => new[] { SdkTypes.SimpleName(member.TypeMetadataName), member.MemberName })
            .Where(name => name != ".ctor"),
        System.StringComparer.Ordinal);

    // What the syntax of a call, creation or assignment that reaches a credential member must name: the method or
    // property, or for a constructor the type. A type reached only through its methods or properties (Builder,
    // Config) need not be named, which keeps common words out of the text search.
    private static readonly string[] MentionedNames = SdkCredentialTable.Members
        .Select(member => member.MemberName == ".ctor" ? SdkTypes.SimpleName(member.TypeMetadataName) : member.MemberName)
        .Distinct(System.StringComparer.Ordinal)
        .ToArray();

    // The mentioned names by length, for the whole-word scan.
    private static readonly string[][] MentionedNamesByLength = GroupByLength(MentionedNames);

    // The shortest pieces that every mentioned name contains ("Credential" for "StsCredentialProvider"): most files
    // contain none, which a few vectorised searches show faster than any scan of words.
    private static readonly string[] MentionedStems = MentionedNames
        .OrderBy(name => name.Length)
        .Aggregate(new List<string>(), (stems, name) =>
        {
            if (!stems.Any(stem => name.IndexOf(stem, System.StringComparison.Ordinal) >= 0))
            {
                stems.Add(name);
            }

            return stems;
        })
        .ToArray();

    /// <summary>
    /// True when the name may belong to a credential member. A type reached through a using alias has another
    /// name in syntax; aliases of SDK types are rare enough that an unknown name is not bound.
    /// </summary>
    public static bool MayName(string? name) => name is not null && Names.Contains(name);

    /// <summary>
    /// True when some call, creation or assignment in <paramref name="text"/> may reach a credential member: a name it
    /// must mention stands there as a whole word.
    /// </summary>
    public static bool AppearsIn(string text) => ContainsAnyStem(text) && ContainsMentionedWord(text);

    private static bool ContainsAnyStem(string text)
    {
        foreach (var stem in MentionedStems)
        {
            if (text.IndexOf(stem, System.StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One pass over the words of the text, each compared only with the names of its length.</summary>
    private static bool ContainsMentionedWord(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsIdentifierPart(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsIdentifierPart(text[i]))
            {
                i++;
            }

            var length = i - start;
            if (length < MentionedNamesByLength.Length && MentionedNamesByLength[length] is { } candidates)
            {
                foreach (var name in candidates)
                {
                    if (string.CompareOrdinal(text, start, name, 0, length) == 0)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static string[][] GroupByLength(string[] names)
    {
        var byLength = new string[names.Max(name => name.Length) + 1][];
        foreach (var group in names.GroupBy(name => name.Length))
        {
            byLength[group.Key] = group.ToArray();
        }

        return byLength;
    }

    private static bool IsIdentifierPart(char c) =>
        c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' : char.IsLetterOrDigit(c);

}
