using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace RamSecurity.Analyzers.Sdk;

/// <summary>
/// <see cref="SdkCredentialTable"/> resolved against one compilation: symbol lookups are done once, here, and
/// every later question is a dictionary hit. Every type a name resolves to counts (<see cref="SdkTypes"/>).
/// </summary>
internal sealed class SdkCredentialSinks
{
    private readonly Dictionary<INamedTypeSymbol, Dictionary<(string Member, string? Parameter), SdkCredentialMember>> _byType;
    private readonly RequestShape _requests;
    private readonly System.Lazy<Dictionary<string, CredentialArguments>> _argumentsByName;

    private SdkCredentialSinks(Dictionary<INamedTypeSymbol, Dictionary<(string, string?), SdkCredentialMember>> byType, RequestShape requests)
    {
        _byType = byType;
        _requests = requests;
        _argumentsByName = new System.Lazy<Dictionary<string, CredentialArguments>>(() => CredentialArguments.ByName(byType));
    }

    /// <summary>Null when the compilation references no SDK type of the table: then no SDK analysis is registered.</summary>
    public static SdkCredentialSinks? Create(Compilation compilation)
    {
        var byType = new Dictionary<INamedTypeSymbol, Dictionary<(string, string?), SdkCredentialMember>>(SymbolEqualityComparer.Default);
        var typesByName = new Dictionary<string, ImmutableArray<INamedTypeSymbol>>();
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
                    members = new Dictionary<(string, string?), SdkCredentialMember>();
                    byType.Add(type, members);
                }

                members[(member.MemberName, member.ParameterName)] = member;
            }
        }

        return byType.Count == 0 ? null : new SdkCredentialSinks(byType, RequestShape.Create(compilation));
    }

    public bool TryGetParameterKind(IMethodSymbol method, IParameterSymbol parameter, out CredentialKind kind)
    {
        var found = TryGetParameter(method, parameter, out var member);
        kind = found ? member!.Kind : default;
        return found;
    }

    public bool TryGetParameter(IMethodSymbol method, IParameterSymbol parameter, out SdkCredentialMember? member)
    {
        member = null;
        var original = method.OriginalDefinition;
        return _byType.TryGetValue(original.ContainingType, out var members)
            && members.TryGetValue((original.Name, parameter.Name), out member);
    }

    public bool TryGetPropertyKind(IPropertySymbol property, out CredentialKind kind)
    {
        var found = TryGetProperty(property, out var member);
        kind = found ? member!.Kind : default;
        return found;
    }

    /// <summary>
    /// Finds the property, or the SDK property it overrides, in the table; else a product request's own credential
    /// property, by its shape (<see cref="SdkCredentialTable.RequestProperties"/>).
    /// </summary>
    public bool TryGetProperty(IPropertySymbol property, out SdkCredentialMember? member)
    {
        for (var current = property; current is not null; current = current.OverriddenProperty)
        {
            var original = current.OriginalDefinition;
            if (_byType.TryGetValue(original.ContainingType, out var members)
                && members.TryGetValue((original.Name, null), out member))
            {
                return true;
            }
        }

        member = _requests.Property(property);
        return member is not null;
    }

    /// <summary>
    /// True when the argument at <paramref name="ordinal"/>, or named <paramref name="argumentName"/>, of a call or
    /// creation that syntax names <paramref name="syntaxName"/> may stand for a credential parameter of an SDK method or
    /// constructor of that name; an unknown name (a target-typed <c>new(...)</c>) may. The test before a file's reader of
    /// a written constant is bound: most readers hand the constant to another parameter (the region, the endpoint).
    /// </summary>
    public bool MayTakeCredential(string? syntaxName, int ordinal, string? argumentName) =>
        syntaxName is null || (_argumentsByName.Value.TryGetValue(syntaxName, out var arguments) && arguments.May(ordinal, argumentName));

    /// <summary>True when the type has at least one credential member: a cheap first test before any argument is looked at.</summary>
    public bool IsSinkType(INamedTypeSymbol? type) => type is not null && SdkCredentialNames.MayName(type.Name) && _byType.ContainsKey(type.OriginalDefinition);

    /// <summary>
    /// Product requests (§8.4): a type derived from AcsRequest&lt;T&gt; (V1), or a TeaModel named *Request in an
    /// AlibabaCloud.SDK.&lt;Product&gt;.Models namespace (V2). The property name is tested first, a string lookup.
    /// </summary>
    private sealed class RequestShape
    {
        private static readonly Dictionary<string, SdkCredentialMember> ByName = RequestMembers();

        private readonly HashSet<INamedTypeSymbol> _v1Bases;
        private readonly HashSet<INamedTypeSymbol> _v2Bases;

        private RequestShape(HashSet<INamedTypeSymbol> v1Bases, HashSet<INamedTypeSymbol> v2Bases)
        {
            _v1Bases = v1Bases;
            _v2Bases = v2Bases;
        }

        public static RequestShape Create(Compilation compilation) => new(
            new HashSet<INamedTypeSymbol>(SdkTypes.Resolve(compilation, SdkCredentialTable.V1RequestBase), SymbolEqualityComparer.Default),
            new HashSet<INamedTypeSymbol>(SdkTypes.Resolve(compilation, SdkCredentialTable.V2ModelBase), SymbolEqualityComparer.Default));

        public SdkCredentialMember? Property(IPropertySymbol property)
        {
            if (!ByName.TryGetValue(property.Name, out var member) || property.ContainingType is not { } type || property.IsStatic)
            {
                return null;
            }

            return (_v1Bases.Count > 0 && DerivesFrom(type, _v1Bases)) || (_v2Bases.Count > 0 && IsV2Request(type)) ? member : null;
        }

        private bool IsV2Request(INamedTypeSymbol type) =>
            type.Name.EndsWith(SdkCredentialTable.RequestSuffix, System.StringComparison.Ordinal)
            && type.ContainingNamespace is { Name: SdkCredentialTable.V2ModelsNamespace } models
            && models.ContainingNamespace?.ContainingNamespace is { } products
            && products.ToDisplayString() == SdkCredentialTable.V2ProductsNamespace
            && DerivesFrom(type, _v2Bases);

        private static bool DerivesFrom(INamedTypeSymbol type, HashSet<INamedTypeSymbol> bases)
        {
            for (var current = type.BaseType; current is not null; current = current.BaseType)
            {
                if (bases.Contains(current.OriginalDefinition))
                {
                    return true;
                }
            }

            return false;
        }

        private static Dictionary<string, SdkCredentialMember> RequestMembers()
        {
            var members = new Dictionary<string, SdkCredentialMember>(System.StringComparer.Ordinal);
            foreach (var (name, kind) in SdkCredentialTable.RequestProperties)
            {
                members.Add(name, SdkCredentialMember.Property(SdkCredentialTable.RequestShapeName, name, kind));
            }

            return members;
        }
    }

    /// <summary>The credential parameters of every SDK method or constructor of one simple name: positions and names.</summary>
    private sealed class CredentialArguments
    {
        private readonly HashSet<string> _names = new(System.StringComparer.Ordinal);
        private ulong _ordinals;
        private bool _any;

        public bool May(int ordinal, string? argumentName) => argumentName is not null
            ? _names.Contains(argumentName)
            : _any || (ordinal < 64 && (_ordinals & (1UL << ordinal)) != 0);

        public static Dictionary<string, CredentialArguments> ByName(Dictionary<INamedTypeSymbol, Dictionary<(string Member, string? Parameter), SdkCredentialMember>> byType)
        {
            var byName = new Dictionary<string, CredentialArguments>(System.StringComparer.Ordinal);
            foreach (var pair in byType)
            {
                foreach (var key in pair.Value.Keys)
                {
                    if (key.Parameter is null)
                    {
                        continue;
                    }

                    var syntaxName = key.Member == ".ctor" ? pair.Key.Name : key.Member;
                    if (!byName.TryGetValue(syntaxName, out var arguments))
                    {
                        arguments = new CredentialArguments();
                        byName.Add(syntaxName, arguments);
                    }

                    var members = key.Member == ".ctor" ? pair.Key.InstanceConstructors.As<ISymbol>() : pair.Key.GetMembers(key.Member);
                    foreach (var method in members.OfType<IMethodSymbol>())
                    {
                        foreach (var parameter in method.Parameters)
                        {
                            if (parameter.Name == key.Parameter)
                            {
                                arguments.Add(parameter, method.IsExtensionMethod);
                            }
                        }
                    }
                }
            }

            return byName;
        }

        private void Add(IParameterSymbol parameter, bool extension)
        {
            _names.Add(parameter.Name);

            // A params array takes any position from its own; past 63 a position is not kept, so any position may.
            _any |= parameter.IsParams || parameter.Ordinal >= 63;
            if (parameter.Ordinal < 63)
            {
                _ordinals |= 1UL << parameter.Ordinal;

                // Called as an extension (receiver.Method(...)), the receiver is not an argument: one position less.
                if (extension && parameter.Ordinal > 0)
                {
                    _ordinals |= 1UL << (parameter.Ordinal - 1);
                }
            }
        }
    }
}
