namespace RamSecurity.Analyzers.Sdk;

/// <summary>An SDK property, or a parameter of a method or constructor (".ctor"), named by its type's metadata name.</summary>
internal sealed class SdkMemberName
{
    private SdkMemberName(string typeMetadataName, string memberName, string? parameterName)
    {
        TypeMetadataName = typeMetadataName;
        MemberName = memberName;
        ParameterName = parameterName;
    }

    public string TypeMetadataName { get; }

    public string MemberName { get; }

    /// <summary>Null for a property, or a method or constructor as a whole.</summary>
    public string? ParameterName { get; }

    public static SdkMemberName Property(string type, string property) => new(type, property, null);

    /// <summary>A method or constructor (".ctor") as a whole, whatever its parameters.</summary>
    public static SdkMemberName Member(string type, string member) => new(type, member, null);

    public static SdkMemberName Parameter(string type, string member, string parameter) => new(type, member, parameter);
}
