namespace RamSecurity.Analyzers.Secrets;

/// <summary>
/// What a message may show of a credential: at most its first four characters, and fewer for short values,
/// followed by a fixed mask that does not reveal the length. Build logs are often public.
/// </summary>
public static class SecretMask
{
    public const string Mask = "****";
    private const int MaximumShown = 4;

    public static string Apply(string? value)
    {
        if (value is null || value.Length == 0)
        {
            return Mask;
        }

        // A quarter of the value at most, so that no short secret is shown whole or nearly so.
        var shown = System.Math.Min(MaximumShown, value.Length / 4);
        return value.Substring(0, shown) + Mask;
    }
}
