using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace RamSecurity.Analyzers.Internals;

/// <summary>
/// A named type's declaring files with their fact sheets, and whether its code may reach an SDK: what every SDK rule
/// asks at the type's start (<see cref="SdkReach.ScopeOf"/>), found once for all of them.
/// </summary>
internal sealed class TypeScope
{
    internal TypeScope(int owner, INamedTypeSymbol type, (SyntaxTree Tree, TreeFacts Facts)[] files, bool mayReach)
    {
        Owner = owner;
        Type = new WeakReference<INamedTypeSymbol>(type);
        Files = files;
        MayReach = mayReach;
    }

    /// <summary>The <see cref="SdkReach"/> (one per compilation) that found it.</summary>
    internal int Owner { get; }

    /// <summary>Weak: a thread's memo of the last scope must not keep a compilation's symbols alive.</summary>
    internal WeakReference<INamedTypeSymbol> Type { get; }

    public IReadOnlyList<(SyntaxTree Tree, TreeFacts Facts)> Files { get; }

    /// <summary>True when the type's code may use an SDK (<see cref="SdkReach"/>).</summary>
    public bool MayReach { get; }
}
