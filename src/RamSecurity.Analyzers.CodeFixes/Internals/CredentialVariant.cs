namespace RamSecurity.Analyzers.CodeFixes.Internals;

/// <summary>The temporary credentials a fix of UseTemporaryCredentialsFix gives: one code action, and one equivalence key, each.</summary>
internal enum CredentialVariant
{
    DefaultChain,
    AssumeRole,
    ReadEnvironment,
}
