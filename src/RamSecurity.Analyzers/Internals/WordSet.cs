using System.Collections.Generic;
using System.Linq;

namespace RamSecurity.Analyzers.Internals;

/// <summary>
/// A set of identifier words, and whether a text names one of them as a whole word: first a few vectorised searches
/// for the shortest pieces every word contains (most files contain none), then one pass over the text's words,
/// each compared only with the words of its length.
/// </summary>
internal sealed class WordSet
{
    private readonly string[][] _byLength;
    private readonly string[] _stems;

    public WordSet(IEnumerable<string> words)
    {
        var distinct = words.Where(word => word.Length > 0).Distinct(System.StringComparer.Ordinal).ToArray();
        _byLength = new string[distinct.Length == 0 ? 1 : distinct.Max(word => word.Length) + 1][];
        foreach (var group in distinct.GroupBy(word => word.Length))
        {
            _byLength[group.Key] = group.ToArray();
        }

        var stems = new List<string>();
        foreach (var word in distinct.OrderBy(word => word.Length))
        {
            if (!stems.Any(stem => word.IndexOf(stem, System.StringComparison.Ordinal) >= 0))
            {
                stems.Add(word);
            }
        }

        _stems = stems.ToArray();
        Words = distinct;
    }

    /// <summary>The words of the set.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>True when some word of the set stands in <paramref name="text"/> as a whole word.</summary>
    public bool AppearsIn(string text) => ContainsAnyStem(text) && ContainsWord(text);

    private bool ContainsAnyStem(string text)
    {
        foreach (var stem in _stems)
        {
            if (text.IndexOf(stem, System.StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private bool ContainsWord(string text)
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
            if (length < _byLength.Length && _byLength[length] is { } candidates)
            {
                foreach (var word in candidates)
                {
                    if (string.CompareOrdinal(text, start, word, 0, length) == 0)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool IsIdentifierPart(char c) =>
        c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' : char.IsLetterOrDigit(c);
}
