namespace RamSecurity.Analyzers.Secrets;

/// <summary>
/// The AccessKey secret format: exactly 30 ASCII letters and digits. The format alone is too common to report;
/// a secret needs a name that says so, or an AccessKey ID beside it (see <see cref="Rules.LiteralCredentialScanner"/>).
/// </summary>
internal static class AccessKeySecretFormat
{
    public const int Length = 30;

    /// <summary>The whole value, white space aside, is a secret-shaped run.</summary>
    public static bool IsSecretValue(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Length == Length && IsRun(trimmed, 0, Length);
    }

    /// <summary>Finds, from <paramref name="from"/> on, a bounded 30-character run that does not overlap <paramref name="exclude"/>.</summary>
    public static bool TryFind(string value, int from, CredentialMatch exclude, out CredentialMatch match)
    {
        match = default;
        var start = from;
        while (start + Length <= value.Length)
        {
            if (!CharClass.IsAsciiLetterOrDigit(value[start]))
            {
                start++;
                continue;
            }

            var end = start;
            while (end < value.Length && CharClass.IsAsciiLetterOrDigit(value[end]))
            {
                end++;
            }

            var bounded = (start == 0 || !char.IsLetterOrDigit(value[start - 1])) && (end == value.Length || !char.IsLetterOrDigit(value[end]));
            var overlaps = exclude.Length > 0 && start < exclude.End && end > exclude.Start;
            if (end - start == Length && bounded && !overlaps && IsRun(value, start, end))
            {
                match = new CredentialMatch(start, Length);
                return true;
            }

            start = end;
        }

        return false;
    }

    private static bool IsRun(string value, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!CharClass.IsAsciiLetterOrDigit(value[i]))
            {
                return false;
            }
        }

        return CharClass.HasDistinctCharacters(value, start, end, 8);
    }
}
