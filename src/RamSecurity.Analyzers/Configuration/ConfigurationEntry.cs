using Microsoft.CodeAnalysis.Text;

namespace RamSecurity.Analyzers.Configuration;

/// <summary>One value of a configuration file, with the key that names it (sections joined by ':') and its exact place in the file.</summary>
internal readonly struct ConfigurationEntry
{
    public ConfigurationEntry(string? key, string value, int start)
    {
        Key = key;
        Value = value;
        Span = new TextSpan(start, value.Length);
    }

    public string? Key { get; }

    /// <summary>The value as written in the file, between its quotes if it has any.</summary>
    public string Value { get; }

    public TextSpan Span { get; }
}
