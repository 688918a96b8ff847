namespace RamSecurity.Analyzers.Internals;

/// <summary>Keys of <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/> shared by analyzers and code fixes.</summary>
internal static class DiagnosticPropertyKeys
{
    /// <summary>Present when the whole constant is the credential, so that replacing it loses nothing.</summary>
    public const string ReplaceableByEnvironmentVariable = "ReplaceableByEnvironmentVariable";

    /// <summary>The environment variable the constant should be read from.</summary>
    public const string EnvironmentVariable = "EnvironmentVariable";
}
