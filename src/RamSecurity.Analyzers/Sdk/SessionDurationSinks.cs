using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace RamSecurity.Analyzers.Sdk;

/// <summary>
/// <see cref="SessionDurationTable"/> resolved against one compilation: symbol lookups happen once, here, and every
/// later question is a dictionary hit. Every type a name resolves to counts (<see cref="SdkTypes"/>).
/// </summary>
internal sealed class SessionDurationSinks
{
    private readonly Dictionary<INamedTypeSymbol, Dictionary<(string Member, string? Parameter), SessionDurationMember>> _members;
    private readonly Dictionary<INamedTypeSymbol, SessionDurationCarrier> _carriers;

    // Simple names first: most members and types are rejected by a string lookup before any symbol is hashed.
    private static readonly HashSet<string> MemberNames = new(System.Linq.Enumerable.Select(SessionDurationTable.Members, m => m.MemberName), System.StringComparer.Ordinal);
    private static readonly HashSet<string> CarrierNames = new(System.Linq.Enumerable.Select(SessionDurationTable.Carriers, c => SdkTypes.SimpleName(c.TypeMetadataName)), System.StringComparer.Ordinal);

    private SessionDurationSinks(
        Dictionary<INamedTypeSymbol, Dictionary<(string, string?), SessionDurationMember>> members,
        Dictionary<INamedTypeSymbol, SessionDurationCarrier> carriers)
    {
        _members = members;
        _carriers = carriers;
    }

    /// <summary>Null when the compilation references no type of the table: then no duration analysis is registered.</summary>
    public static SessionDurationSinks? Create(Compilation compilation)
    {
        var resolved = new Dictionary<string, System.Collections.Immutable.ImmutableArray<INamedTypeSymbol>>();
        System.Collections.Immutable.ImmutableArray<INamedTypeSymbol> Types(string name)
        {
            if (!resolved.TryGetValue(name, out var types))
            {
                types = SdkTypes.Resolve(compilation, name);
                resolved.Add(name, types);
            }

            return types;
        }

        var members = new Dictionary<INamedTypeSymbol, Dictionary<(string, string?), SessionDurationMember>>(SymbolEqualityComparer.Default);
        foreach (var member in SessionDurationTable.Members)
        {
            foreach (var type in Types(member.TypeMetadataName))
            {
                if (!members.TryGetValue(type, out var byName))
                {
                    byName = new Dictionary<(string, string?), SessionDurationMember>();
                    members.Add(type, byName);
                }

                byName[(member.MemberName, member.ParameterName)] = member;
            }
        }

        var carriers = new Dictionary<INamedTypeSymbol, SessionDurationCarrier>(SymbolEqualityComparer.Default);
        foreach (var carrier in SessionDurationTable.Carriers)
        {
            foreach (var type in Types(carrier.TypeMetadataName))
            {
                carriers[type] = carrier;
            }
        }

        return members.Count == 0 ? null : new SessionDurationSinks(members, carriers);
    }

    public bool TryGetCarrier(ITypeSymbol? type, out SessionDurationCarrier carrier)
    {
        carrier = null!;
        return type is INamedTypeSymbol named && CarrierNames.Contains(named.Name) && _carriers.TryGetValue(named.OriginalDefinition, out carrier!);
    }

    /// <summary>A property or public field that sets a duration.</summary>
    public bool TryGetMember(ISymbol member, out SessionDurationMember duration)
    {
        duration = null!;
        return MemberNames.Contains(member.Name)
            && member.ContainingType is { } type
            && _members.TryGetValue(type.OriginalDefinition, out var byName)
            && byName.TryGetValue((member.Name, null), out duration!);
    }

    /// <summary>A method or constructor parameter that takes a duration.</summary>
    public bool TryGetParameter(IMethodSymbol method, IParameterSymbol parameter, out SessionDurationMember duration)
    {
        duration = null!;
        var original = method.OriginalDefinition;
        return MemberNames.Contains(original.Name)
            && _members.TryGetValue(original.ContainingType, out var byName)
            && byName.TryGetValue((original.Name, parameter.Name), out duration!);
    }

    /// <summary>True when the type has a duration member: a cheap first test before any argument is looked at.</summary>
    public bool HasMembers(INamedTypeSymbol? type) => type is not null && TypeNames.Contains(type.Name) && _members.ContainsKey(type.OriginalDefinition);

    private static readonly HashSet<string> TypeNames = new(System.Linq.Enumerable.Select(SessionDurationTable.Members, m => SdkTypes.SimpleName(m.TypeMetadataName)), System.StringComparer.Ordinal);

}
