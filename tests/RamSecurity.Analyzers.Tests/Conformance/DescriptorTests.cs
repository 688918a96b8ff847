using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RamSecurity.Analyzers.Tests.Verifiers;
using Xunit;

namespace RamSecurity.Analyzers.Tests.Conformance;

/// <summary>Every descriptor is complete and agrees with its doc page, the release tracking files and the README.</summary>
public class DescriptorTests
{
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = typeof(Descriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
        .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
        .ToList();

    public static TheoryData<string> Ids() => new(All.Select(d => d.Id).Distinct());

    private static DiagnosticDescriptor ById(string id) => All.First(d => d.Id == id);

    [Fact]
    public void IdsAreUniqueAndInTheRamRange()
    {
        // One id may have several messages (RAM004's two findings), never two titles, categories or severities.
        Assert.All(All.GroupBy(d => d.Id), group => Assert.Single(group.Select(d => (d.Title.ToString(), d.Category, d.DefaultSeverity)).Distinct()));
        Assert.All(All, d => Assert.Matches("^RAM[0-9]{3}$", d.Id));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void DescriptorIsComplete(string id)
    {
        var descriptor = ById(id);
        Assert.Contains(descriptor.Category, new[] { "Security", "Configuration" });
        Assert.Equal(RuleIds.HelpLink(id), descriptor.HelpLinkUri);
        Assert.EndsWith($"/docs/rules/{id}.md", descriptor.HelpLinkUri);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString()));
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString()));
        Assert.True(descriptor.IsEnabledByDefault);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void DocPageExistsWithTitleAndSeverity(string id)
    {
        var descriptor = ById(id);
        var lines = File.ReadAllLines(RepositoryFiles.PathOf("docs", "rules", id + ".md"));
        Assert.Equal($"# {id}: {descriptor.Title}", lines[0]);
        Assert.Contains($"| Default severity | {descriptor.DefaultSeverity} |", lines);
        Assert.Contains(lines, line => line.StartsWith("## How to fix", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("## When to suppress", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void ReleaseTrackingHasTheRule(string id)
    {
        var descriptor = ById(id);
        var releases = File.ReadAllText(RepositoryFiles.PathOf("src", "RamSecurity.Analyzers", "AnalyzerReleases.Unshipped.md"))
            + File.ReadAllText(RepositoryFiles.PathOf("src", "RamSecurity.Analyzers", "AnalyzerReleases.Shipped.md"));
        Assert.Matches(new Regex($@"^{id} \| {descriptor.Category} \| {descriptor.DefaultSeverity} \|", RegexOptions.Multiline), releases);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void ReadmeListsTheRule(string id) =>
        Assert.Contains($"[{id}](docs/rules/{id}.md)", File.ReadAllText(RepositoryFiles.PathOf("README.md")));

    [Fact]
    public void EveryAnalyzerReportsOnlyKnownDescriptors()
    {
        var analyzers = typeof(Descriptors).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToList();
        Assert.NotEmpty(analyzers);
        Assert.All(analyzers, analyzer => Assert.All(analyzer.SupportedDiagnostics, d => Assert.Contains(d, All)));
        Assert.All(All, d => Assert.Contains(analyzers, analyzer => analyzer.SupportedDiagnostics.Contains(d)));
    }

    public static TheoryData<string> CredentialIds() => new(new global::RamSecurity.Analyzers.Credentials.HardcodedCredentialAnalyzer().SupportedDiagnostics.Select(d => d.Id).Distinct());

    [Theory]
    [MemberData(nameof(CredentialIds))]
    public void MessageShowsOnlyTheMaskedArgument(string id)
    {
        // The value reaches a message only through {0}, which callers fill with SecretMask.Apply; {1} is a variable's name.
        // Every message of the rule: RAM003 has a security-token and a bearer-token one.
        foreach (var format in All.Where(d => d.Id == id).Select(d => d.MessageFormat.ToString()))
        {
            Assert.Contains("'{0}'", format);
            Assert.Contains("{1}", format);
            Assert.DoesNotContain("{2}", format);
        }
    }
}
