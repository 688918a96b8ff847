namespace RamSecurity.Analyzers.Secrets;

/// <summary>
/// The AccessKey ID format: "LTAI" followed by 12 to 26 ASCII letters and digits, bounded by non-alphanumerics.
/// A run followed by '*' is a masked example from documentation ("LTAI4GFTgcR8m8cZQDTH****"), and a run of one or
/// two repeated characters is a placeholder ("LTAIxxxxxxxxxxxxxxxx"): neither is a key.
/// </summary>
internal static class AccessKeyIdFormat
{
    private const string Prefix = "LTAI";
    private const int MinimumTail = 12;
    private const int MaximumTail = 26;
    public const int MinimumLength = 16;

    public static bool TryFind(string value, out CredentialMatch match)
    {
        match = default;
        if (value.Length < MinimumLength)
        {
            return false;
        }

        for (var start = value.IndexOf(Prefix, System.StringComparison.Ordinal); start >= 0; start = value.IndexOf(Prefix, start + 1, System.StringComparison.Ordinal))
        {
            if (start > 0 && char.IsLetterOrDigit(value[start - 1]))
            {
                continue;
            }

            var end = start + Prefix.Length;
            while (end < value.Length && CharClass.IsAsciiLetterOrDigit(value[end]))
            {
                end++;
            }

            var tail = end - start - Prefix.Length;
            var bounded = end == value.Length || (!char.IsLetterOrDigit(value[end]) && value[end] != '*');
            if (tail >= MinimumTail && tail <= MaximumTail && bounded && CharClass.HasDistinctCharacters(value, start + Prefix.Length, end, 4))
            {
                match = new CredentialMatch(start, end - start);
                return true;
            }
        }

        return false;
    }
}
