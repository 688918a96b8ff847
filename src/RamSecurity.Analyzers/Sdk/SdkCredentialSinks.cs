using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace RamSecurity.Analyzers.Sdk;

/// <summary>
/// <see cref="SdkCredentialTable"/> resolved against one compilation: symbol lookups are done once, here, and
/// every later question is a dictionary hit. Every type a name resolves to counts (<see cref="SdkTypes"/>).
/// </summary>
internal sealed class SdkCredentialSinks
{
    private readonly Dictionary<INamedTypeSymbol, Dictionary<(string Member, string? Parameter), CredentialKind>> _byType;

    private SdkCredentialSinks(Dictionary<INamedTypeSymbol, Dictionary<(string, string?), CredentialKind>> byType) => _byType = byType;

    /// <summary>Null when the compilation references no SDK type of the table: then no SDK analysis is registered.</summary>
    public static SdkCredentialSinks? Create(Compilation compilation)
    {
        var byType = new Dictionary<INamedTypeSymbol, Dictionary<(string, string?), CredentialKind>>(SymbolEqualityComparer.Default);
        var typesByName = new Dictionary<string, System.Collections.Immutable.ImmutableArray<INamedTypeSymbol>>();
        foreach (var member in SdkCredentialTable.Members)
        {
            if (!typesByName.TryGetValue(member.TypeMetadataName, out var types))
            {
                types = SdkTypes.Resolve(compilation, member.TypeMetadataName);
                typesByName.Add(member.TypeMetadataName, types);
            }

            foreach (var type in types)
            {
                if (!byType.TryGetValue(type, out var members))
                {
                    members = new Dictionary<(string, string?), CredentialKind>();
                    byType.Add(type, members);
                }

                members[(member.MemberName, member.ParameterName)] = member.Kind;
            }
        }

        return byType.Count == 0 ? null : new SdkCredentialSinks(byType);
    }

    public bool TryGetParameterKind(IMethodSymbol method, IParameterSymbol parameter, out CredentialKind kind)
    {
        kind = default;
        var original = method.OriginalDefinition;
        return _byType.TryGetValue(original.ContainingType, out var members)
            && members.TryGetValue((original.Name, parameter.Name), out kind);
    }

    /// <summary>Finds the property, or the SDK property it overrides, in the table.</summary>
    public bool TryGetPropertyKind(IPropertySymbol property, out CredentialKind kind)
    {
        for (var current = property; current is not null; current = current.OverriddenProperty)
        {
            var original = current.OriginalDefinition;
            if (_byType.TryGetValue(original.ContainingType, out var members)
                && members.TryGetValue((original.Name, null), out kind))
            {
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>True when the type has at least one credential member: a cheap first test before any argument is looked at.</summary>
    public bool IsSinkType(INamedTypeSymbol? type) => type is not null && SdkCredentialNames.MayName(type.Name) && _byType.ContainsKey(type.OriginalDefinition);
}
