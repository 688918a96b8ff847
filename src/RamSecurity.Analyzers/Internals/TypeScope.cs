using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace RamSecurity.Analyzers.Internals;

/// <summary>
/// A named type's declaring files with their fact sheets, and whether its code may reach an SDK: what every SDK rule
/// asks at the type's start (<see cref="SdkReach.ScopeOf"/>), found once for all of them.
/// </summary>
internal sealed class TypeScope
{
    internal TypeScope(ImmutableArray<(SyntaxTree Tree, TreeFacts Facts)> files, bool mayReach)
    {
        Files = files;
        MayReach = mayReach;
    }

    /// <summary>An immutable array, not a list interface: every SDK rule walks it at every type's start, with no enumerator to allocate.</summary>
    public ImmutableArray<(SyntaxTree Tree, TreeFacts Facts)> Files { get; }

    /// <summary>True when the type's code may use an SDK (<see cref="SdkReach"/>).</summary>
    public bool MayReach { get; }
}
