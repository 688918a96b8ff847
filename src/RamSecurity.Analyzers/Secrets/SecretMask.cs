namespace RamSecurity.Analyzers.Secrets;

/// <summary>
/// What a message may show of a value: only what is public. An AccessKey ID or an STS token keeps its format's public
/// prefix ("LTAI", "STS.", "CAIS") before a fixed mask; anything else, a secret, a placeholder, a constant of unknown
/// shape, shows no character at all. The mask does not reveal the length. Build logs, SARIF files and CI artifacts
/// are often public.
/// </summary>
public static class SecretMask
{
    public const string Mask = "****";

    // The documented prefixes of AccessKey IDs (LTAI; STS.-issued IDs) and STS tokens (CAIS): they say what the value
    // is, and nothing of the value itself.
    private static readonly string[] PublicPrefixes = { "LTAI", "STS.", "CAIS" };

    public static string Apply(string? value)
    {
        var trimmed = value?.Trim();
        if (trimmed is null)
        {
            return Mask;
        }

        foreach (var prefix in PublicPrefixes)
        {
            if (trimmed.Length > prefix.Length && trimmed.StartsWith(prefix, System.StringComparison.Ordinal))
            {
                return prefix + Mask;
            }
        }

        return Mask;
    }
}
