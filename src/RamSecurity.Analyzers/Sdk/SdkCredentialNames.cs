using System.Collections.Generic;
using System.Linq;

namespace RamSecurity.Analyzers.Sdk;

/// <summary>
/// The simple names in <see cref="SdkCredentialTable"/> (types, methods, properties): a call, creation or
/// assignment whose syntax names none of them cannot reach a credential member, so it is never bound.
/// </summary>
internal static class SdkCredentialNames
{
    // Constructors stand in the table as ".ctor", a name no syntax carries: their type name is what syntax shows.
    private static readonly HashSet<string> Names = new(
        SdkCredentialTable.Members
            .SelectMany(member => new[] { SimpleTypeName(member.TypeMetadataName), member.MemberName })
            .Where(name => name != ".ctor"),
        System.StringComparer.Ordinal);

    /// <summary>
    /// True when the name may belong to a credential member. A type reached through a using alias has another
    /// name in syntax; aliases of SDK types are rare enough that an unknown name is not bound.
    /// </summary>
    public static bool MayName(string? name) => name is not null && Names.Contains(name);

    /// <summary>True when some name of the table stands in <paramref name="text"/> as a whole word.</summary>
    public static bool AppearsIn(string text)
    {
        foreach (var name in Names)
        {
            for (var index = text.IndexOf(name, System.StringComparison.Ordinal); index >= 0; index = text.IndexOf(name, index + 1, System.StringComparison.Ordinal))
            {
                var end = index + name.Length;
                if ((index == 0 || !IsIdentifierPart(text[index - 1])) && (end == text.Length || !IsIdentifierPart(text[end])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static string SimpleTypeName(string metadataName)
    {
        var start = System.Math.Max(metadataName.LastIndexOf('.'), metadataName.LastIndexOf('+')) + 1;
        var arity = metadataName.IndexOf('`', start);
        return arity < 0 ? metadataName.Substring(start) : metadataName.Substring(start, arity - start);
    }
}
