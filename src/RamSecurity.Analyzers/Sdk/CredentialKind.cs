namespace RamSecurity.Analyzers.Sdk;

/// <summary>What a credential value is; each kind has its own rule and environment variable.</summary>
internal enum CredentialKind
{
    AccessKeyId,
    AccessKeySecret,
    SecurityToken,

    /// <summary>A bearer token (an OAuth access token, a CloudSSO token): RAM003, with a message that says what it is.</summary>
    BearerToken,
}
