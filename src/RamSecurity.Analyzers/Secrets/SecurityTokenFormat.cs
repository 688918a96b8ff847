namespace RamSecurity.Analyzers.Secrets;

/// <summary>
/// The STS security token format: "CAIS" followed by base64 characters, at least 64 in all. STS sets no maximum.
/// </summary>
internal static class SecurityTokenFormat
{
    private const string Prefix = "CAIS";
    public const int MinimumLength = 64;

    public static bool TryFind(string value, out CredentialMatch match)
    {
        match = default;
        if (value.Length < MinimumLength)
        {
            return false;
        }

        for (var start = value.IndexOf(Prefix, System.StringComparison.Ordinal); start >= 0; start = value.IndexOf(Prefix, start + 1, System.StringComparison.Ordinal))
        {
            if (start > 0 && (char.IsLetterOrDigit(value[start - 1]) || value[start - 1] == '+' || value[start - 1] == '/'))
            {
                continue;
            }

            var end = start + Prefix.Length;
            while (end < value.Length && CharClass.IsBase64(value[end]))
            {
                end++;
            }

            if (end - start >= MinimumLength && CharClass.HasDistinctCharacters(value, start + Prefix.Length, end, 10))
            {
                match = new CredentialMatch(start, end - start);
                return true;
            }
        }

        return false;
    }
}
