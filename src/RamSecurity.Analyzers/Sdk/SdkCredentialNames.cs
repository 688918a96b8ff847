using System.Collections.Generic;
using System.Linq;
using RamSecurity.Analyzers.Internals;

namespace RamSecurity.Analyzers.Sdk;

/// <summary>
/// The simple names in <see cref="SdkCredentialTable"/> (types, methods, properties): a call, creation or
/// assignment whose syntax names none of them cannot reach a credential member, so it is never bound.
/// </summary>
internal static class SdkCredentialNames
{
    // Constructors stand in the table as ".ctor", a name no syntax carries: their type name is what syntax shows.
    // A product request's own properties (matched by shape) are named by their property alone.
    private static readonly HashSet<string> Names = new(
        SdkCredentialTable.Members
            .SelectMany(member => new[] { SdkTypes.SimpleName(member.TypeMetadataName), member.MemberName })
            .Concat(SdkCredentialTable.RequestProperties.Select(property => property.Property))
            .Where(name => name != ".ctor"),
        System.StringComparer.Ordinal);

    // What the syntax of a call, creation or assignment that reaches a credential member must name: the method or
    // property, or for a constructor the type. A type reached only through its methods or properties (Builder,
    // Config) need not be named, which keeps common words out of the text search.
    public static readonly IReadOnlyList<string> MentionedNames = SdkCredentialTable.Members
        .Select(member => SdkTypes.NameInSyntax(member.TypeMetadataName, member.MemberName))
        .Concat(SdkCredentialTable.RequestProperties.Select(property => property.Property))
        .Distinct(System.StringComparer.Ordinal)
        .ToArray();

    /// <summary>
    /// The names syntax gives the members of SDKs that read other environment variables (OSS SDK V2): a literal
    /// handed straight to one of them is reported through the SDK path first, so that its message names them.
    /// </summary>
    private static readonly HashSet<string> OtherEnvironmentNames = new(
        SdkCredentialTable.Members
            .Where(member => member.Environment != CredentialEnvironment.AlibabaCloud)
            .Select(member => SdkTypes.NameInSyntax(member.TypeMetadataName, member.MemberName)),
        System.StringComparer.Ordinal);

    public static bool MayReadOtherEnvironment(string? name) => name is not null && OtherEnvironmentNames.Contains(name);

    /// <summary>The words a call, creation or assignment that may reach a credential member names.</summary>
    public static readonly WordSet Mentioned = new(MentionedNames);

    /// <summary>
    /// True when the name may belong to a credential member. A type reached through a using alias has another
    /// name in syntax; aliases of SDK types are rare enough that an unknown name is not bound.
    /// </summary>
    public static bool MayName(string? name) => name is not null && Names.Contains(name);
}
