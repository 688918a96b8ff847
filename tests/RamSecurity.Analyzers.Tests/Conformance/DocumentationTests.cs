using System.Text.RegularExpressions;
using RamSecurity.Analyzers.Tests.Verifiers;
using Xunit;

namespace RamSecurity.Analyzers.Tests.Conformance;

/// <summary>
/// The generated documentation is current (docs/rules/README.md and the package README's rules table), every rule page
/// names its sources, tests included, with links that resolve, and the severity presets cover every rule.
/// With RAMSECURITY_UPDATE_DOCS=1 the generated files are rewritten instead of compared (RulesIndex.Command).
/// </summary>
public class DocumentationTests
{
    private static readonly Regex MarkdownLink = new(@"\]\((?<target>[^)\s]+)\)", RegexOptions.CultureInvariant);

    private static bool Update => Environment.GetEnvironmentVariable(RulesIndex.UpdateVariable) == "1";

    public static TheoryData<string> RulePages() =>
        new(Directory.GetFiles(RepositoryFiles.PathOf("docs", "rules"), "RAM*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Fact]
    public void RulesIndexIsCurrent() => CheckGenerated(RulesIndex.IndexPath, RulesIndex.Index());

    [Fact]
    public void PackageReadmeRulesTableIsCurrent() =>
        CheckGenerated(RulesIndex.PackageReadmePath, RulesIndex.PackageReadme(Normalize(File.ReadAllText(RulesIndex.PackageReadmePath))));

    [Fact]
    public void PackageReadmeLinksEveryRuleToItsHelpLink()
    {
        // The package page has no repository around it: every rule link is the descriptor's own absolute helpLinkUri.
        var readme = File.ReadAllText(RulesIndex.PackageReadmePath);
        Assert.All(RulesIndex.Rules, rule => Assert.Contains($"[{rule.Id}]({rule.HelpLinkUri})", readme));
        Assert.DoesNotContain(MarkdownLink.Matches(readme), link => !link.Groups["target"].Value.StartsWith("https://", StringComparison.Ordinal));
    }

    [Fact]
    public void IndexListsEveryRuleWithItsFixAndOptions()
    {
        var index = RulesIndex.Index();
        Assert.All(RulesIndex.Rules, rule => Assert.Contains($"| [{rule.Id}]({rule.Id}.md) |", index));

        // Spot checks that the reflection finds what is there: RAM001 has a fix, RAM008 none, RAM007 an option.
        Assert.Contains(RuleIds.HardcodedAccessKeyId, RulesIndex.FixableIds);
        Assert.DoesNotContain(RuleIds.LeastPrivilege, RulesIndex.FixableIds);
        Assert.Contains("ram_security.max_session_duration", RulesIndex.OptionsOf(RuleIds.SessionDurationTooLong));
        Assert.Empty(RulesIndex.OptionsOf(RuleIds.HardcodedAccessKeyId));
    }

    [Fact]
    public void RepositoryReadmeLinksTheIndex() =>
        Assert.Contains("](docs/rules/README.md)", File.ReadAllText(RepositoryFiles.PathOf("README.md")));

    [Theory]
    [MemberData(nameof(RulePages))]
    public void SourcesLinksResolveAndNameTheTests(string page)
    {
        var path = RepositoryFiles.PathOf("docs", "rules", page);
        var sources = File.ReadAllLines(path).SingleOrDefault(line => line.StartsWith("| Sources |", StringComparison.Ordinal));
        Assert.True(sources is not null, $"{page} has no '| Sources |' row");

        var targets = MarkdownLink.Matches(sources!).Select(m => m.Groups["target"].Value).ToList();
        Assert.NotEmpty(targets);
        Assert.All(targets, target => Assert.True(
            File.Exists(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, target))),
            $"{page}: the Sources link '{target}' does not resolve to a file"));
        Assert.Contains(targets, target => target.StartsWith("../../src/RamSecurity.Analyzers/", StringComparison.Ordinal));
        Assert.True(
            targets.Any(target => target.StartsWith("../../tests/RamSecurity.Analyzers.Tests/", StringComparison.Ordinal)),
            $"{page}: the Sources row names no test class");
    }

    [Theory]
    [InlineData("strict", "error")]
    [InlineData("none", "none")]
    public void PresetSetsEveryRule(string preset, string severity)
    {
        var lines = File.ReadAllLines(RepositoryFiles.PathOf("src", "RamSecurity.Analyzers.Package", "configuration", preset + ".globalconfig"));
        Assert.Contains("is_global = true", lines);

        // Below every global config of the project's own (default level 0, 100 for a file named .globalconfig).
        Assert.Contains("global_level = -1", lines);
        Assert.All(RulesIndex.Rules, rule => Assert.Contains($"dotnet_diagnostic.{rule.Id}.severity = {severity}", lines));
        Assert.All(
            lines.Where(line => line.StartsWith("dotnet_diagnostic.", StringComparison.Ordinal)),
            line => Assert.Matches($@"^dotnet_diagnostic\.RAM[0-9]{{3}}\.severity = {severity}$", line));
    }

    private static void CheckGenerated(string path, string expected)
    {
        if (Update)
        {
            File.WriteAllText(path, expected);
            return;
        }

        var committed = File.Exists(path) ? Normalize(File.ReadAllText(path)) : string.Empty;
        Assert.True(committed == expected, $"{Path.GetRelativePath(RepositoryFiles.Root, path)} is stale; rewrite it with: {RulesIndex.Command}");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
