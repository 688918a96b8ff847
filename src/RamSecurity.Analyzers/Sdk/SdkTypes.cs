using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace RamSecurity.Analyzers.Sdk;

/// <summary>
/// Finds SDK types by fully qualified metadata name ("Aliyun.OSS.OssClient", nested types with '+', generic arity
/// with '`'), every type of that name: two SDK generations, or a stand-in beside the real SDK, all count (where
/// GetTypeByMetadataName would return null).
/// </summary>
/// <remarks>
/// It walks the compilation's merged namespaces, the result Compilation.GetTypesByMetadataName gives, for a
/// fraction of the cost: that method asks every referenced assembly for each name (about half a millisecond per
/// name on a .NET 8 reference set), while a missing root namespace ("Aliyun", "AlibabaCloud") ends the walk at once.
/// </remarks>
internal static class SdkTypes
{
    public static ImmutableArray<INamedTypeSymbol> Resolve(Compilation compilation, string metadataName)
    {
        var nestedParts = metadataName.Split('+');
        var qualified = nestedParts[0];
        var lastDot = qualified.LastIndexOf('.');

        INamespaceSymbol? ns = compilation.GlobalNamespace;
        if (lastDot > 0)
        {
            foreach (var segment in qualified.Substring(0, lastDot).Split('.'))
            {
                ns = FindNamespace(ns, segment);
                if (ns is null)
                {
                    return ImmutableArray<INamedTypeSymbol>.Empty;
                }
            }
        }

        var types = TypeMembers(ns.GetTypeMembers(Name(qualified.Substring(lastDot + 1), out var arity)), arity);
        for (var i = 1; i < nestedParts.Length && !types.IsEmpty; i++)
        {
            var name = Name(nestedParts[i], out var nestedArity);
            var nested = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            foreach (var type in types)
            {
                nested.AddRange(TypeMembers(type.GetTypeMembers(name), nestedArity));
            }

            types = nested.ToImmutable();
        }

        return types;
    }

    /// <summary>The name syntax gives a type: "OssClient" for "Aliyun.OSS.OssClient", "Builder" for "...Provider+Builder", "AcsRequest" for "AcsRequest`1".</summary>
    public static string SimpleName(string metadataName)
    {
        var start = System.Math.Max(metadataName.LastIndexOf('.'), metadataName.LastIndexOf('+')) + 1;
        var arity = metadataName.IndexOf('`', start);
        return arity < 0 ? metadataName.Substring(start) : metadataName.Substring(start, arity - start);
    }

    /// <summary>What the syntax that uses an SDK member names: the method, property or field, or for a constructor (".ctor") its type.</summary>
    public static string NameInSyntax(string typeMetadataName, string memberName) => memberName == ".ctor" ? SimpleName(typeMetadataName) : memberName;

    private static INamespaceSymbol? FindNamespace(INamespaceSymbol parent, string name)
    {
        foreach (var member in parent.GetMembers(name))
        {
            if (member is INamespaceSymbol ns)
            {
                return ns;
            }
        }

        return null;
    }

    private static ImmutableArray<INamedTypeSymbol> TypeMembers(ImmutableArray<INamedTypeSymbol> candidates, int arity)
    {
        var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>(candidates.Length);
        foreach (var candidate in candidates)
        {
            if (candidate.Arity == arity)
            {
                builder.Add(candidate);
            }
        }

        return builder.ToImmutable();
    }

    private static string Name(string metadataName, out int arity)
    {
        var tick = metadataName.IndexOf('`');
        arity = tick < 0 ? 0 : int.Parse(metadataName.Substring(tick + 1), System.Globalization.CultureInfo.InvariantCulture);
        return tick < 0 ? metadataName : metadataName.Substring(0, tick);
    }
}
