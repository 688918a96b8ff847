namespace RamSecurity.Analyzers.Sdk;

/// <summary>
/// One SDK member that takes a credential: a parameter of a method or constructor, or a settable property.
/// Types are named by metadata name (nested types with '+', generic arity with '`').
/// </summary>
internal sealed class SdkCredentialMember
{
    private SdkCredentialMember(string typeMetadataName, string memberName, string? parameterName, CredentialKind kind)
    {
        TypeMetadataName = typeMetadataName;
        MemberName = memberName;
        ParameterName = parameterName;
        Kind = kind;
    }

    public string TypeMetadataName { get; }

    /// <summary>The method name, ".ctor" for a constructor, or the property name.</summary>
    public string MemberName { get; }

    /// <summary>The parameter that takes the credential; null when the member is a property.</summary>
    public string? ParameterName { get; }

    public CredentialKind Kind { get; }

    public static SdkCredentialMember Constructor(string type, string parameter, CredentialKind kind) => new(type, ".ctor", parameter, kind);

    public static SdkCredentialMember Method(string type, string method, string parameter, CredentialKind kind) => new(type, method, parameter, kind);

    public static SdkCredentialMember Property(string type, string property, CredentialKind kind) => new(type, property, null, kind);
}
