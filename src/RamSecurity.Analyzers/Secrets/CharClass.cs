namespace RamSecurity.Analyzers.Secrets;

/// <summary>Character tests for credential formats. Formats are ASCII; culture and Unicode play no part.</summary>
internal static class CharClass
{
    public static bool IsAsciiLetterOrDigit(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;

    public static bool IsBase64(char c) => IsAsciiLetterOrDigit(c) || c == '+' || c == '/' || c == '=';

    /// <summary>
    /// A run with fewer than <paramref name="minimumDistinct"/> different characters (ignoring case) is a
    /// placeholder such as "xxxxxxxx" or "00000000", not a key.
    /// </summary>
    public static bool HasDistinctCharacters(string value, int start, int end, int minimumDistinct)
    {
        // 36 case-folded letters and digits, plus one slot for the base64 symbols.
        ulong seen = 0;
        var count = 0;
        for (var i = start; i < end; i++)
        {
            var c = value[i];
            int slot = c >= 'a' && c <= 'z' ? c - 'a' : c >= 'A' && c <= 'Z' ? c - 'A' : c >= '0' && c <= '9' ? 26 + c - '0' : 36;
            var bit = 1UL << slot;
            if ((seen & bit) == 0)
            {
                seen |= bit;
                if (++count >= minimumDistinct)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
