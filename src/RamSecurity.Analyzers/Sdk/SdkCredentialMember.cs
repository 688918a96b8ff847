namespace RamSecurity.Analyzers.Sdk;

/// <summary>
/// One SDK member that takes a credential: a parameter of a method or constructor, or a settable property.
/// Types are named by metadata name (nested types with '+', generic arity with '`').
/// </summary>
internal sealed class SdkCredentialMember
{
    private SdkCredentialMember(string typeMetadataName, string memberName, string? parameterName, CredentialKind kind, CredentialEnvironment environment)
    {
        TypeMetadataName = typeMetadataName;
        MemberName = memberName;
        ParameterName = parameterName;
        Kind = kind;
        Environment = environment;
    }

    public string TypeMetadataName { get; }

    /// <summary>The method name, ".ctor" for a constructor, or the property name.</summary>
    public string MemberName { get; }

    /// <summary>The parameter that takes the credential; null when the member is a property.</summary>
    public string? ParameterName { get; }

    public CredentialKind Kind { get; }

    /// <summary>The environment variables the member's SDK reads, which the message and the fix name.</summary>
    public CredentialEnvironment Environment { get; }

    public static SdkCredentialMember Constructor(string type, string parameter, CredentialKind kind) => new(type, ".ctor", parameter, kind, CredentialEnvironment.AlibabaCloud);

    public static SdkCredentialMember Method(string type, string method, string parameter, CredentialKind kind) => new(type, method, parameter, kind, CredentialEnvironment.AlibabaCloud);

    public static SdkCredentialMember Property(string type, string property, CredentialKind kind) => new(type, property, null, kind, CredentialEnvironment.AlibabaCloud);

    /// <summary>The same member, of an SDK that reads other environment variables.</summary>
    public SdkCredentialMember ReadsFrom(CredentialEnvironment environment) => new(TypeMetadataName, MemberName, ParameterName, Kind, environment);
}
