using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace RamSecurity.Analyzers.Sdk;

/// <summary>SDK types named by metadata name, resolved once per compilation: every type of each name counts (<see cref="SdkTypes"/>).</summary>
internal sealed class SdkTypeSet
{
    private readonly HashSet<INamedTypeSymbol> _types;
    private readonly HashSet<string> _simpleNames;

    private SdkTypeSet(HashSet<INamedTypeSymbol> types, HashSet<string> simpleNames)
    {
        _types = types;
        _simpleNames = simpleNames;
    }

    public bool IsEmpty => _types.Count == 0;

    public static SdkTypeSet Create(Compilation compilation, IEnumerable<string> metadataNames)
    {
        var types = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        var simpleNames = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var name in metadataNames)
        {
            simpleNames.Add(SdkTypes.SimpleName(name));
            foreach (var type in SdkTypes.Resolve(compilation, name))
            {
                types.Add(type);
            }
        }

        return new SdkTypeSet(types, simpleNames);
    }

    /// <summary>A string lookup rejects most types before any symbol is hashed.</summary>
    public bool Contains(ITypeSymbol? type) => type is INamedTypeSymbol named && _simpleNames.Contains(named.Name) && _types.Contains(named.OriginalDefinition);
}

/// <summary>SDK properties and parameters named by <see cref="SdkMemberName"/>, resolved once per compilation.</summary>
internal sealed class SdkMemberSet
{
    private readonly Dictionary<INamedTypeSymbol, HashSet<(string Member, string? Parameter)>> _byType;
    private readonly HashSet<string> _memberNames;

    private SdkMemberSet(Dictionary<INamedTypeSymbol, HashSet<(string, string?)>> byType, HashSet<string> memberNames)
    {
        _byType = byType;
        _memberNames = memberNames;
    }

    public bool IsEmpty => _byType.Count == 0;

    public static SdkMemberSet Create(Compilation compilation, IEnumerable<SdkMemberName> members)
    {
        var byType = new Dictionary<INamedTypeSymbol, HashSet<(string, string?)>>(SymbolEqualityComparer.Default);
        var memberNames = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var member in members)
        {
            memberNames.Add(member.MemberName);
            foreach (var type in SdkTypes.Resolve(compilation, member.TypeMetadataName))
            {
                if (!byType.TryGetValue(type, out var names))
                {
                    names = new HashSet<(string, string?)>();
                    byType.Add(type, names);
                }

                names.Add((member.MemberName, member.ParameterName));
            }
        }

        return new SdkMemberSet(byType, memberNames);
    }

    /// <summary>A property, or a method or constructor named as a whole (<see cref="SdkMemberName.Member"/>).</summary>
    public bool ContainsMember(ISymbol member) => ContainsProperty(member.OriginalDefinition);

    public bool ContainsProperty(ISymbol member) =>
        _memberNames.Contains(member.Name)
        && member.ContainingType is { } type
        && _byType.TryGetValue(type.OriginalDefinition, out var names)
        && names.Contains((member.Name, null));

    /// <summary>True when some parameter of the method may be in the set: a string lookup before any argument is looked at.</summary>
    public bool MayContainParameterOf(IMethodSymbol method) => _memberNames.Contains(method.OriginalDefinition.Name);

    public bool ContainsParameter(IMethodSymbol method, IParameterSymbol parameter)
    {
        var original = method.OriginalDefinition;
        return _memberNames.Contains(original.Name)
            && _byType.TryGetValue(original.ContainingType, out var names)
            && names.Contains((original.Name, parameter.Name));
    }
}
