namespace RamSecurity.Analyzers.Sdk;

/// <summary>What a credential value is; each kind has its own rule and environment variable.</summary>
internal enum CredentialKind
{
    AccessKeyId,
    AccessKeySecret,
    SecurityToken,
}
