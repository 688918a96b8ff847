namespace RamSecurity.Analyzers.Secrets;

/// <summary>Where a credential stands inside a string value.</summary>
internal readonly struct CredentialMatch
{
    public CredentialMatch(int start, int length)
    {
        Start = start;
        Length = length;
    }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    /// <summary>True when the credential is the whole value, surrounding white space aside.</summary>
    public bool IsWholeValue(string value) => value.Trim().Length == Length;
}
