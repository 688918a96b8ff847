namespace RamSecurity.Analyzers.Sdk;

/// <summary>
/// Which environment variables the SDK that takes a credential reads: most SDKs read ALIBABA_CLOUD_*, OSS SDK V2
/// reads only OSS_* (its EnvironmentVariableCredentialsProvider). Messages and the environment fix name these.
/// </summary>
internal enum CredentialEnvironment
{
    AlibabaCloud,
    Oss,
}
