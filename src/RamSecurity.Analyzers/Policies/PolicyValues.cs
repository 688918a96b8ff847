using System.Collections.Generic;
using System.Linq;

namespace RamSecurity.Analyzers.Policies;

/// <summary>Reading the parsed elements of a policy document (<see cref="JsonReader"/>): most take a value or a list of them.</summary>
internal static class PolicyValues
{
    /// <summary>The document's statements: a list, or a single statement object.</summary>
    public static IEnumerable<Dictionary<string, object?>> Statements(string document) =>
        JsonReader.Parse(document) is Dictionary<string, object?> policy && policy.TryGetValue("Statement", out var statements)
            ? Items(statements).OfType<Dictionary<string, object?>>()
            : Enumerable.Empty<Dictionary<string, object?>>();

    /// <summary>True for a statement whose Effect is "Allow" (case-sensitive, as RAM reads it).</summary>
    public static bool Allows(Dictionary<string, object?> statement) => statement.TryGetValue("Effect", out var effect) && effect as string == "Allow";

    /// <summary>The strings of an element that takes a string or an array of strings; none when the element is absent.</summary>
    public static IEnumerable<string> Strings(Dictionary<string, object?> element, string name) =>
        element.TryGetValue(name, out var value) ? Strings(value) : Enumerable.Empty<string>();

    public static IEnumerable<string> Strings(object? value) => Items(value).OfType<string>();

    public static IEnumerable<object?> Items(object? value) => value is List<object?> list ? list : new[] { value };

    /// <summary>RAM's wildcards: '*' matches any run of characters, '?' one character. Linear backtracking to the last '*', so no pattern is slow.</summary>
    public static bool Matches(string pattern, string text)
    {
        int p = 0, t = 0, star = -1, resume = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == text[t]))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
