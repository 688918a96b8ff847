using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using RamSecurity.Analyzers.Tests.Conformance;

namespace RamSecurity.Analyzers.Tests.Verifiers;

/// <summary>
/// Writes the rules index (docs/rules/README.md) and the rules table of the package's README from what the assemblies
/// say: the descriptors (by reflection, so rules added later appear without a change here), the code-fix assembly's
/// FixableDiagnosticIds, and the options each rule's page documents under "## Configuration".
/// DocumentationTests fails when a committed file differs; <see cref="UpdateVariable"/>=1 makes it rewrite them.
/// </summary>
internal static class RulesIndex
{
    public const string UpdateVariable = "RAMSECURITY_UPDATE_DOCS";

    public const string Command = UpdateVariable + "=1 dotnet test tests/RamSecurity.Analyzers.Tests --filter FullyQualifiedName~DocumentationTests";

    // Link reference definitions: markers that render as nothing, also where a page shows no HTML (nuget.org's README).
    public const string PackageBlockStart = "[//]: # (rules:begin, generated from the descriptors: see docs/rules/README.md in the repository)";

    public const string PackageBlockEnd = "[//]: # (rules:end)";

    private static readonly Regex OptionKey = new(@"\bram_security\.[a-z_]+\b", RegexOptions.CultureInvariant);

    public static string IndexPath { get; } = RepositoryFiles.PathOf("docs", "rules", "README.md");

    public static string PackageReadmePath { get; } = RepositoryFiles.PathOf("src", "RamSecurity.Analyzers.Package", "PACKAGE.md");

    /// <summary>One descriptor per id (RAM004 has two messages under one title), in id order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Rules { get; } = DescriptorTests.All
        .GroupBy(d => d.Id)
        .Select(group => group.First())
        .OrderBy(d => d.Id, StringComparer.Ordinal)
        .ToList();

    public static ISet<string> FixableIds { get; } = CodeFixRunner.Providers.SelectMany(p => p.FixableDiagnosticIds).ToHashSet(StringComparer.Ordinal);

    public static string Index()
    {
        var text = new StringBuilder();
        text.Append("# Rules\n\n");
        text.Append("<!-- Generated from the descriptors and the code-fix assembly by tests/RamSecurity.Analyzers.Tests/Verifiers/RulesIndex.cs; do not edit. -->\n");
        text.Append("Every rule of RamSecurity.Analyzers. This page is generated: after adding or changing a rule, rewrite it (and the\n");
        text.Append("rules table of the package's README) with\n\n");
        text.Append("```sh\n").Append(Command).Append("\n```\n\n");
        text.Append("| Id | Title | Category | Default severity | Enabled by default | Code fix | Options |\n");
        text.Append("|---|---|---|---|---|---|---|\n");
        foreach (var rule in Rules)
        {
            var options = string.Join(", ", OptionsOf(rule.Id).Select(key => $"`{key}`"));
            text.Append($"| [{rule.Id}]({rule.Id}.md) | {Escape(rule.Title.ToString())} | {rule.Category} | {rule.DefaultSeverity} | {YesNo(rule.IsEnabledByDefault)} | {YesNo(FixableIds.Contains(rule.Id))} | {options} |\n");
        }

        text.Append("\nEvery rule with its default severity, to copy into an `.editorconfig` (C# files) or a global config (also\n");
        text.Append("configuration files) and change there; the `strict` and `none` presets (`<RamSecurityPreset>`) set them all at once:\n\n");
        text.Append("```ini\n");
        foreach (var rule in Rules)
        {
            text.Append($"# {rule.Id}: {rule.Title}\n");
            text.Append($"dotnet_diagnostic.{rule.Id}.severity = {EditorConfigSeverity(rule.DefaultSeverity)}\n\n");
        }

        text.Length--;
        text.Append("```\n");
        return text.ToString();
    }

    /// <summary>The rules table of the package's README: absolute links, the same as each descriptor's helpLinkUri.</summary>
    public static string PackageBlock()
    {
        var text = new StringBuilder();
        text.Append(PackageBlockStart).Append("\n\n");
        text.Append("| Id | Finds | Default severity | Code fix |\n");
        text.Append("|---|---|---|---|\n");
        foreach (var rule in Rules)
        {
            text.Append($"| [{rule.Id}]({RuleIds.HelpLink(rule.Id)}) | {Escape(rule.Title.ToString())} | {rule.DefaultSeverity} | {YesNo(FixableIds.Contains(rule.Id))} |\n");
        }

        // The index lives beside the rule pages, so the help-link base gives its address too.
        text.Append($"\nOptions and a ready-to-edit list of every severity: [the rules index]({RuleIds.HelpLink("README")}).\n\n");
        text.Append(PackageBlockEnd);
        return text.ToString();
    }

    /// <summary>The package README with its rules block replaced by <see cref="PackageBlock"/>.</summary>
    public static string PackageReadme(string current)
    {
        var start = current.IndexOf(PackageBlockStart, StringComparison.Ordinal);
        var end = current.IndexOf(PackageBlockEnd, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new InvalidOperationException($"{PackageReadmePath} has no '{PackageBlockStart}' ... '{PackageBlockEnd}' block.");
        }

        return current.Substring(0, start) + PackageBlock() + current.Substring(end + PackageBlockEnd.Length);
    }

    /// <summary>The ram_security.* keys that the rule's page documents in its "## Configuration" section.</summary>
    public static IReadOnlyList<string> OptionsOf(string id)
    {
        var page = RepositoryFiles.PathOf("docs", "rules", id + ".md");
        if (!File.Exists(page))
        {
            return Array.Empty<string>();
        }

        var section = Regex.Match(File.ReadAllText(page), @"^## Configuration\s*$(?<body>[\s\S]*?)(?=^## |\z)", RegexOptions.Multiline);
        return OptionKey.Matches(section.Groups["body"].Value).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    private static string YesNo(bool value) => value ? "Yes" : "No";

    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal);

    private static string EditorConfigSeverity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "suggestion",
        _ => "silent",
    };
}
