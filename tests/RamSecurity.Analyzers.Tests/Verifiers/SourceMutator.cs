using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace RamSecurity.Analyzers.Tests.Verifiers;

/// <summary>
/// Makes broken variants of a source, deterministically from a seed: what an editor holds while someone types.
/// Truncation at token boundaries, deleted tokens, duplicated lines, stray quotes and braces, unicode escapes.
/// </summary>
internal sealed class SourceMutator
{
    private static readonly string[] Strays = { "\"", "\"\"\"", "{", "}", "(", ")", "@\"", "$\"", "'", ";", "u8", "=", "/*", "#if X", "\\u0041" };

    private readonly Random _random;

    public SourceMutator(int seed) => _random = new Random(seed);

    public IEnumerable<string> Variants(string source, int count)
    {
        var tokens = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens(descendIntoTrivia: true).ToList();
        for (var i = 0; i < count; i++)
        {
            yield return (i % 5) switch
            {
                0 => TruncateAtToken(source, tokens),
                1 => DeleteToken(source, tokens),
                2 => DuplicateLine(source),
                3 => InsertStray(source),
                _ => EscapeCharacter(source),
            };
        }
    }

    private string TruncateAtToken(string source, List<SyntaxToken> tokens) =>
        tokens.Count == 0 ? string.Empty : source.Substring(0, tokens[_random.Next(tokens.Count)].Span.End);

    private string DeleteToken(string source, List<SyntaxToken> tokens)
    {
        if (tokens.Count == 0)
        {
            return source;
        }

        var span = tokens[_random.Next(tokens.Count)].Span;
        return source.Remove(span.Start, span.Length);
    }

    private string DuplicateLine(string source)
    {
        var lines = source.Split('\n').ToList();
        var index = _random.Next(lines.Count);
        lines.Insert(index, lines[index]);
        return string.Join('\n', lines);
    }

    private string InsertStray(string source) => source.Insert(_random.Next(source.Length + 1), Strays[_random.Next(Strays.Length)]);

    /// <summary>Replaces a letter with its \uXXXX escape, legal in identifiers and meaningful in strings.</summary>
    private string EscapeCharacter(string source)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var index = _random.Next(source.Length);
            if (char.IsLetter(source[index]))
            {
                return source.Remove(index, 1).Insert(index, $"\\u{(int)source[index]:X4}");
            }
        }

        return source;
    }
}
