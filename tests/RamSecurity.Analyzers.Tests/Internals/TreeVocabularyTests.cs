using RamSecurity.Analyzers.Internals;
using RamSecurity.Analyzers.Sdk;
using Xunit;

namespace RamSecurity.Analyzers.Tests.Internals;

/// <summary>
/// The word pass (<see cref="TreeVocabulary.MarkWords"/>) against the plainest reading of what it must find: every
/// identifier-character run, compared with the vocabulary, outside comment lines, and every <c>new(</c>.
/// </summary>
public class TreeVocabularyTests
{
    private static readonly HashSet<string> Positional = new(SdkCredentialNames.MentionedNames, StringComparer.Ordinal);

    // Pieces of C# that the pass must read right: the words, pieces and extensions of them, "new" with and without a
    // list, comment lines, strings with "//", line breaks of both kinds, non-ASCII letters, and a comment that ends a line.
    private static readonly string[] Pieces = TreeVocabulary.AllWords
        .Concat(TreeVocabulary.AllWords.Select(word => word.Substring(0, word.Length - 1)))
        .Concat(TreeVocabulary.AllWords.Select(word => "_" + word))
        .Concat(TreeVocabulary.AllWords.Select(word => word + "2"))
        .Concat(new[]
        {
            "new", "new(", "new (", "new  (", "renew(", "new.", "@new(", " ", " ", " ", "    ", "\t", "\n", "\n", "\r\n",
            "//", "// ", "///", "/", "/*", "*/", "\"", "\"https://x\"", "(", ")", ".", ";", "=", "x", "é", "Ω", "_", "1", "@",
            "var", "class", "Config", "Client",
        })
        .ToArray();

    [Fact]
    public void NoWord_HasTheKeyOfNoIdentifier()
    {
        // The pass asks the filter after every character; a word with the key of hash 0 would stop it at every one.
        Assert.True(TreeVocabulary.FilterPassesNoNonIdentifier);
    }

    [Fact]
    public void MarkWords_EqualsEveryIdentifierComparedWithTheWords_OnRandomCode()
    {
        var random = new Random(20261202);
        for (var round = 0; round < 3000; round++)
        {
            var count = random.Next(1, 60);
            var text = string.Concat(Enumerable.Range(0, count).Select(_ => Pieces[random.Next(Pieces.Length)]));
            AssertSameAsReference(text, startsLine: true);
            AssertSameAsReference(text, startsLine: false);
        }
    }

    [Fact]
    public void MarkWords_EqualsEveryIdentifierComparedWithTheWords_OnThisRepositorysSources()
    {
        var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".."));
        var files = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "samples"), "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(files);
        var matched = 0;
        foreach (var file in files)
        {
            matched += AssertSameAsReference(File.ReadAllText(file), startsLine: true);
        }

        // The sources name the SDK's credential members: the comparison saw words, not only their absence.
        Assert.True(matched > 100, $"{matched} words");
    }

    private static int AssertSameAsReference(string text, bool startsLine)
    {
        var found = new ulong[TreeVocabulary.MaskLength];
        var positions = new List<int>();
        TreeVocabulary.MarkWords(text.AsSpan(), 7, startsLine, found, positions);

        var (words, expectedPositions) = Reference(text, startsLine);
        var marked = TreeVocabulary.AllWords.Where(word => (found[TreeVocabulary.IndexOf(word) >> 6] & (1UL << TreeVocabulary.IndexOf(word))) != 0);
        Assert.Equal(words.OrderBy(word => word, StringComparer.Ordinal), marked.OrderBy(word => word, StringComparer.Ordinal));
        Assert.Equal(expectedPositions.Select(position => position + 7), positions);
        return words.Count;
    }

    /// <summary>
    /// Every identifier-character run of the text compared with the words (positions of the positional ones kept), every
    /// run "new" followed by spaces and "(", none on a line that begins, after spaces and tabs, with "//".
    /// </summary>
    private static (HashSet<string> Words, List<int> Positions) Reference(string text, bool startsLine)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var positions = new List<int>();
        var vocabulary = new HashSet<string>(TreeVocabulary.AllWords, StringComparer.Ordinal);
        var i = 0;
        while (i < text.Length)
        {
            if (!TreeVocabulary.IsIdentifierPart(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && TreeVocabulary.IsIdentifierPart(text[i]))
            {
                i++;
            }

            if (OnCommentLine(text, start, startsLine))
            {
                continue;
            }

            var run = text.Substring(start, i - start);
            if (run == "new")
            {
                var after = i;
                while (after < text.Length && text[after] == ' ')
                {
                    after++;
                }

                if (after < text.Length && text[after] == '(')
                {
                    positions.Add(start);
                }
            }
            else if (vocabulary.Contains(run))
            {
                words.Add(run);
                if (Positional.Contains(run))
                {
                    positions.Add(start);
                }
            }
        }

        return (words, positions);
    }

    private static bool OnCommentLine(string text, int at, bool startsLine)
    {
        var lineStart = text.LastIndexOfAny(new[] { '\n', '\r' }, Math.Max(at - 1, 0)) is var lineBreak && lineBreak >= 0 && lineBreak < at ? lineBreak + 1 : 0;
        if (lineStart == 0 && !startsLine)
        {
            return false;
        }

        var code = text.Substring(lineStart, at - lineStart).TrimStart(' ', '\t');
        return code.StartsWith("//", StringComparison.Ordinal);
    }
}
