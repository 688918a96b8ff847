using Microsoft.CodeAnalysis;

namespace RamSecurity.Analyzers.Sdk;

/// <summary>The rule and the environment variable that belong to each credential kind.</summary>
internal static class CredentialKinds
{
    public static DiagnosticDescriptor Descriptor(this CredentialKind kind) => kind switch
    {
        CredentialKind.AccessKeyId => Descriptors.HardcodedAccessKeyId,
        CredentialKind.AccessKeySecret => Descriptors.HardcodedAccessKeySecret,
        _ => Descriptors.HardcodedSecurityToken,
    };

    public static string EnvironmentVariable(this CredentialKind kind) => kind switch
    {
        CredentialKind.AccessKeyId => "ALIBABA_CLOUD_ACCESS_KEY_ID",
        CredentialKind.AccessKeySecret => "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
        _ => "ALIBABA_CLOUD_SECURITY_TOKEN",
    };
}
