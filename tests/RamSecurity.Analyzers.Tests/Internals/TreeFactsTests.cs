using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using RamSecurity.Analyzers.Internals;
using RamSecurity.Analyzers.Sdk;
using RamSecurity.Analyzers.Tests.Verifiers;
using Xunit;

namespace RamSecurity.Analyzers.Tests.Internals;

/// <summary>Run alone: the tests below count fact sheets and models built in the process.</summary>
[CollectionDefinition(nameof(SharedModelCollection), DisableParallelization = true)]
public sealed class SharedModelCollection
{
}

/// <summary>
/// The per-tree fact sheet and the per-compilation SDK model: computed once, shared by every analyzer, and the same
/// answers as the per-analyzer scans they replace (a whole-file string searched with <see cref="WordSet"/> and IndexOf).
/// </summary>
[Collection(nameof(SharedModelCollection))]
public class TreeFactsTests
{
    // The word lists the rules gate on, as each rule builds them.
    public static TheoryData<string[]> RuleWordLists() => new()
    {
        SdkCredentialNames.MentionedNames.ToArray(),
        SessionDurationTable.MentionedNames.ToArray(),
        SessionDurationTable.DurationMemberNames.ToArray(),
        AccountSecurityTable.MentionedNames.ToArray(),
        SdkCredentialNames.MentionedNames.Concat(new[] { AccountSecurityTable.StaticAccessKeyType, "AccessKey" }).ToArray(),
        SdkCredentialNames.MentionedNames.Concat(new[] { "CreateAccessKeyRequest", "CreateAccessKey", AccountSecurityTable.UserNameProperty }).ToArray(),
        new[] { "NotInTheVocabulary", "AccessKeyId" },
    };

    private static readonly string Filler = string.Concat(Enumerable.Repeat("/// <summary>Documentation, words and no SDK at all.</summary>\nvar x = y + z;\n", 400));

    // Texts with words at a chunk's edge (16K), inside longer words, in comments and strings, and none at all.
    private static IEnumerable<string> Texts()
    {
        yield return string.Empty;
        yield return "class C { void M() { var c = new OssClient(endpoint, id, secret); } }";
        yield return "x.AccessKeyId = y; // LTAI at the start, CAIS too";
        yield return "var config = new Config { Type = \"ram_role_arn\", RoleArn = arn };";
        yield return "request.DurationSeconds = 3600; request.Policy = p; MyOssClientFactory AccessKeyIdentifier _AccessKeyId2";
        yield return "é OssClient é AssumeRoleRequest UserName PolicyName AttachPolicyToUser";
        foreach (var cut in new[] { 3, 5, 9 })
        {
            var word = "AccessKeySecret";
            var at = (16 * 1024) - cut;
            yield return Filler.Substring(0, at) + " " + word + " LTAIxxxxxxxxxxxxxxxxx CAIS" + Filler;
            yield return Filler.Substring(0, at - 1) + "_" + word + "x " + Filler;
        }

        yield return new string('a', 40_000) + " OssClient LTAI";
        yield return Filler + Filler + "\n// CAIS the end LTAI";
    }

    [Theory]
    [MemberData(nameof(RuleWordLists))]
    public void Mentions_EqualTheWholeTextScan(string[] words)
    {
        var mentions = new TreeMentions(words);
        var scan = new WordSet(words);
        foreach (var text in Texts())
        {
            var tree = CSharpSyntaxTree.ParseText(text);
            Assert.Equal(scan.AppearsIn(text), mentions.In(tree, CancellationToken.None));
        }
    }

    [Fact]
    public void Prefixes_EqualIndexOf()
    {
        foreach (var text in Texts())
        {
            var facts = TreeFacts.Compute(SourceText.From(text), CancellationToken.None);
            Assert.Equal(AllIndexesOf(text, "LTAI"), facts.AccessKeyIdPrefixes);
            Assert.Equal(AllIndexesOf(text, "CAIS"), facts.SecurityTokenPrefixes);
        }
    }

    [Fact]
    public void WordPositions_EqualAWholeWordScan_WholeTextAndSpan()
    {
        foreach (var text in Texts())
        {
            var source = SourceText.From(text);
            foreach (var word in new[] { "AccessKeySecret", "OssClient", "x" })
            {
                var expected = AllIndexesOf(text, word).Where(i => (i == 0 || !TreeVocabulary.IsIdentifierPart(text[i - 1]))
                    && (i + word.Length == text.Length || !TreeVocabulary.IsIdentifierPart(text[i + word.Length]))).ToList();
                Assert.Equal(expected, TreeFacts.WordPositions(source, new TextSpan(0, text.Length), word, CancellationToken.None));

                // A span that starts and ends inside the text: only the words wholly inside it.
                var span = TextSpan.FromBounds(text.Length / 3, text.Length - (text.Length / 4));
                var inside = TreeFacts.WordPositions(source, span, word, CancellationToken.None);
                Assert.All(inside, i => Assert.True(span.Contains(new TextSpan(i, word.Length))));
                Assert.Equal(expected.Where(i => i > span.Start && i + word.Length < span.End), inside.Where(i => i > span.Start && i + word.Length < span.End));
            }
        }
    }

    [Theory]
    [InlineData("// var c = new OssClient(a, b, c);\nvar x = 1;", false)]
    [InlineData("class C\n{\n    /// <summary>Uses an OssClient.</summary>\n    \t// OssClient\n}", false)]
    [InlineData("var u = \"https://oss.aliyuncs.com\"; var c = new OssClient(u, a, b);", true)]
    [InlineData("var c = new OssClient(u, a, b); // OssClient", true)]
    [InlineData("/* OssClient */", true)]
    public void Words_InCommentLinesOpenNoRule(string text, bool found)
    {
        // A comment line is skipped; "//" after code on its line may be a string's, so the line is read on.
        Assert.Equal(found, TreeFacts.Compute(SourceText.From(text), CancellationToken.None).Contains("OssClient"));
    }

    [Fact]
    public void Vocabulary_IsAsciiIdentifiers()
    {
        // The word pass finds a word's candidates by its first character among the 128 ASCII ones.
        Assert.All(TreeVocabulary.AllWords, word => Assert.True(word.All(c => c < 128 && TreeVocabulary.IsIdentifierPart(c)), word));
    }

    [Fact]
    public void VocabularyWord_InTextOrNot()
    {
        var facts = TreeFacts.Compute(SourceText.From("var c = new OssClient(a, b, c); // UserName"), CancellationToken.None);
        Assert.True(facts.Contains("OssClient"));
        Assert.True(facts.Contains("UserName"));
        Assert.False(facts.Contains("AccessKeyId"));
    }

    [Fact]
    public async Task EveryAnalyzer_ReadsEachTreeOnce()
    {
        var runner = await AnalyzerRunner.CreateAsync();
        var sources = new[]
        {
            "using Aliyun.OSS; class A { OssClient M() => new OssClient(\"e\", \"LTAI5tFakeFakeFake01\", \"FakeSecretFakeSecretFakeSecret\"); }",
            "class B { string S => \"nothing here\"; } // CAIS",
            "class C { int N() => 1; }",
        };
        var trees = sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, path: $"/0/Once{i}.cs")).ToArray();
        var compilation = CSharpCompilation.Create("Once", trees, runner.References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var before = TreeFacts.ComputedCount;
        var (diagnostics, failures) = await runner.RunAsync(compilation);
        Assert.Empty(failures);
        Assert.NotEmpty(diagnostics);
        Assert.Equal(trees.Length, TreeFacts.ComputedCount - before);

        // A clone shares the trees, and their sheets.
        await runner.RunAsync(compilation.Clone());
        Assert.Equal(trees.Length, TreeFacts.ComputedCount - before);
    }

    [Fact]
    public async Task EveryAnalyzer_SharesOneSdkModelPerCompilation()
    {
        var runner = await AnalyzerRunner.CreateAsync();
        var compilation = CSharpCompilation.Create(
            "Model",
            new[] { CSharpSyntaxTree.ParseText("using Aliyun.OSS; class A { OssClient M() => new OssClient(\"e\", \"i\", \"s\"); }") },
            runner.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var before = SdkModel.CreatedCount;
        await runner.RunAsync(compilation);
        Assert.Equal(1, SdkModel.CreatedCount - before);
        Assert.Same(SdkModel.For(compilation), SdkModel.For(compilation));
        Assert.NotNull(SdkModel.For(compilation).CredentialSinks);
    }

    private static int[] AllIndexesOf(string text, string prefix)
    {
        var found = new List<int>();
        for (var index = text.IndexOf(prefix, StringComparison.Ordinal); index >= 0; index = text.IndexOf(prefix, index + 1, StringComparison.Ordinal))
        {
            found.Add(index);
        }

        return found.ToArray();
    }
}
