using Microsoft.CodeAnalysis;

namespace RamSecurity.Analyzers.Sdk;

/// <summary>The rule and the environment variable that belong to each credential kind.</summary>
internal static class CredentialKinds
{
    public static DiagnosticDescriptor Descriptor(this CredentialKind kind) => kind switch
    {
        CredentialKind.AccessKeyId => Descriptors.HardcodedAccessKeyId,
        CredentialKind.AccessKeySecret => Descriptors.HardcodedAccessKeySecret,
        CredentialKind.BearerToken => Descriptors.HardcodedBearerToken,
        _ => Descriptors.HardcodedSecurityToken,
    };

    /// <summary>The variable most SDKs read (ALIBABA_CLOUD_*, ../shared/alibaba-sdk-api.md §6.1).</summary>
    public static string EnvironmentVariable(this CredentialKind kind) => kind.EnvironmentVariable(CredentialEnvironment.AlibabaCloud);

    /// <summary>
    /// The variable the SDK of the member reads. OSS SDK V2 reads OSS_ACCESS_KEY_ID, OSS_ACCESS_KEY_SECRET and
    /// OSS_SESSION_TOKEN and nothing else (§8.1). No SDK reads a bearer token from the environment; the Alibaba Cloud
    /// CLI's ALIBABA_CLOUD_BEARER_TOKEN is the name in use.
    /// </summary>
    public static string EnvironmentVariable(this CredentialKind kind, CredentialEnvironment environment) => (kind, environment) switch
    {
        (CredentialKind.AccessKeyId, CredentialEnvironment.Oss) => "OSS_ACCESS_KEY_ID",
        (CredentialKind.AccessKeySecret, CredentialEnvironment.Oss) => "OSS_ACCESS_KEY_SECRET",
        (CredentialKind.SecurityToken, CredentialEnvironment.Oss) => "OSS_SESSION_TOKEN",
        (CredentialKind.AccessKeyId, _) => "ALIBABA_CLOUD_ACCESS_KEY_ID",
        (CredentialKind.AccessKeySecret, _) => "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
        (CredentialKind.BearerToken, _) => "ALIBABA_CLOUD_BEARER_TOKEN",
        _ => "ALIBABA_CLOUD_SECURITY_TOKEN",
    };
}
