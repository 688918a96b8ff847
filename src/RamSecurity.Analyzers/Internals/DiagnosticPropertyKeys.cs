namespace RamSecurity.Analyzers.Internals;

/// <summary>Keys of <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/> shared by analyzers and code fixes.</summary>
internal static class DiagnosticPropertyKeys
{
    /// <summary>Present when the whole constant is the credential, so that replacing it loses nothing.</summary>
    public const string ReplaceableByEnvironmentVariable = "ReplaceableByEnvironmentVariable";

    /// <summary>The environment variable the constant should be read from.</summary>
    public const string EnvironmentVariable = "EnvironmentVariable";

    /// <summary>The number of seconds a session-duration fix writes (RAM006, RAM007).</summary>
    public const string DurationSeconds = "DurationSeconds";

    /// <summary>The member that sets the duration (RAM006): a property, field or method name.</summary>
    public const string DurationMember = "DurationMember";

    /// <summary>How RAM006's fix sets the duration: a <see cref="Sdk.DurationFixShape"/> name.</summary>
    public const string DurationFixShape = "DurationFixShape";

    /// <summary>Present on a credential in a comment or inactive code: the fix redacts it in place.</summary>
    public const string Redactable = "Redactable";

    /// <summary>RAM012: where the request is given false or null for MFABindRequired, as "start:length" spans joined by ';' (none when it is never set).</summary>
    public const string MfaOffValues = "MfaOffValues";
}
