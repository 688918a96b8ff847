using RamSecurity.Analyzers.Configuration;
using RamSecurity.Analyzers.Secrets;
using RamSecurity.Analyzers.Tests.Verifiers;
using Xunit;
using static RamSecurity.Analyzers.Tests.FakeCredentials;

namespace RamSecurity.Analyzers.Tests.Conformance;

/// <summary>
/// Broken variants of configuration files of every kind (truncated, characters deleted, lines duplicated, stray
/// quotes, braces, separators and line breaks), read as the analyzer reads them: no exception, and every entry's span
/// holds exactly its value, so a diagnostic always points at the right line and column. Fixed seed.
/// </summary>
public class ConfigurationFuzzTests
{
    private const int VariantsPerFile = 600;
    private static readonly string[] Strays = { "\"", "'", "{", "}", "[", "]", "<", ">", "/>", ":", "=", ",", "\n", "\r\n", "#", ";", "//", "/*", "\\", "- ", "\t" };

    public static TheoryData<string, string> Files() => new()
    {
        { "appsettings.json", File.ReadAllText(RepositoryFiles.PathOf("samples", "RamSecurity.Sample", "appsettings.json")) },
        { ".env", File.ReadAllText(RepositoryFiles.PathOf("samples", "RamSecurity.Sample", ".env")) },
        { "App.config", $"<configuration><appSettings><add key=\"AccessKeyId\" value=\"{AccessKeyId}\" /><add value=\"{AccessKeySecret}\" key=\"AccessKeySecret\"/></appSettings><x><SecurityToken>{SecurityToken}</SecurityToken></x></configuration>" },
        { "values.yaml", $"alibaba:\n  accessKeyId: {AccessKeyId}\n  accessKeySecret: '{AccessKeySecret}' # c\n  list:\n    - token: \"{SecurityToken}\"\n" },
        { "settings.ini", $"[aliyun]\naccess_key_id = {AccessKeyId}\naccess_key_secret = {AccessKeySecret} ; c\n" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void MutatedFile_NoExceptionAndExactSpans(string name, string content)
    {
        var kind = ConfigurationFileKinds.Of(name);
        var random = new Random(20261201 + name.Length);
        var failures = new List<string>();
        for (var i = 0; i < VariantsPerFile; i++)
        {
            var variant = Mutate(content, random, i);
            try
            {
                foreach (var entry in ConfigurationEntries.Read(kind, variant))
                {
                    if (entry.Span.End > variant.Length || variant.Substring(entry.Span.Start, entry.Span.Length) != entry.Value)
                    {
                        failures.Add($"variant {i}: entry '{entry.Key}' at {entry.Span} does not hold its value");
                    }

                    foreach (var (_, match) in StoredValueCredentials.Find(entry.Value, entry.Key))
                    {
                        if (match.Start < 0 || match.Start + match.Length > entry.Value.Length)
                        {
                            failures.Add($"variant {i}: match {match.Start}+{match.Length} outside '{entry.Key}'");
                        }
                    }
                }
            }
            catch (Exception exception)
            {
                failures.Add($"variant {i}: {exception.GetType().Name}: {exception.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    private static string Mutate(string content, Random random, int round)
    {
        var position = random.Next(content.Length + 1);
        return (round % 4) switch
        {
            0 => content.Substring(0, position),
            1 => position < content.Length ? content.Remove(position, Math.Min(1 + random.Next(8), content.Length - position)) : content,
            2 => content.Insert(position, Strays[random.Next(Strays.Length)]),
            _ => string.Join("\n", content.Split('\n').SelectMany(line => random.Next(4) == 0 ? new[] { line, line } : new[] { line })),
        };
    }
}
