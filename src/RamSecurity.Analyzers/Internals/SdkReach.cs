using System;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RamSecurity.Analyzers.Internals;

/// <summary>
/// Which files and types of a compilation can use an Alibaba Cloud SDK at all: a file that names an SDK namespace
/// (a using directive, a qualified name), every file when a global using imports one, and a type derived from an SDK
/// type. Only these are read for the rules' words: in an application most files never name the SDK, and reading
/// their words was most of the package's cost on a tree without Alibaba code.
/// </summary>
/// <remarks>
/// What this leaves out: a file that reaches an SDK object only through types it never names (<c>var client =
/// Factory.Create(); client.AccessKeySecret = ...</c>, the factory declared in another file) and imports no SDK
/// namespace. Creating an SDK object, declaring one, or calling a static SDK member names its namespace.
/// </remarks>
internal sealed class SdkReach
{
    /// <summary>The root namespaces of every SDK in the tables, as a file's text names them.</summary>
    public static readonly string[] TextRoots = { "Aliyun", "AlibabaCloud" };

    private const string SharedPrefix = "Ali";

    /// <summary>The roots a base type may have: the text roots, and Tea (TeaModel, the V2 models' base).</summary>
    private static readonly string[] TypeRoots = { "Aliyun", "AlibabaCloud", "Tea" };

    private static readonly ConditionalWeakTable<Compilation, SdkReach> ByCompilation = new();

    private readonly Lazy<bool> _importedEverywhere;

    // Every SDK rule asks about the same type at its start, one rule after another: found once for all of them.
    private readonly LastAnswer<INamedTypeSymbol, TypeScope> _scopes;

    private SdkReach(Compilation compilation)
    {
        _importedEverywhere = new Lazy<bool>(() => compilation.SyntaxTrees.Any(ImportsSdkGlobally), LazyThreadSafetyMode.ExecutionAndPublication);
        _scopes = new LastAnswer<INamedTypeSymbol, TypeScope>(FindScope);
    }

    public static SdkReach For(Compilation compilation) => ByCompilation.GetValue(compilation, c => new SdkReach(c));

    /// <summary>True when the text holds one of the <see cref="TextRoots"/>.</summary>
    /// <remarks>One vectorised search for the prefix they share ("Ali"), each hit checked in place.</remarks>
    public static bool NamesRoot(ReadOnlySpan<char> text)
    {
        var from = 0;
        int index;
        while ((index = System.MemoryExtensions.IndexOf(text.Slice(from), SharedPrefix.AsSpan())) >= 0)
        {
            var at = text.Slice(from + index);
            foreach (var root in TextRoots)
            {
                if (System.MemoryExtensions.StartsWith(at, root.AsSpan()))
                {
                    return true;
                }
            }

            from += index + 1;
        }

        return false;
    }

    /// <summary>True when code of the file may use an SDK: it names an SDK namespace, or a global using imports one.</summary>
    public bool MayReach(SyntaxTree tree, CancellationToken cancellationToken) => MayReach(TreeFacts.For(tree, cancellationToken));

    /// <summary>
    /// The files of a type and whether its code may use an SDK (a file of the type may, or the type derives from an SDK
    /// type), found once for the SDK rules that ask in turn at the type's start.
    /// </summary>
    public TypeScope ScopeOf(INamedTypeSymbol type, CancellationToken cancellationToken) => _scopes.For(type, cancellationToken);

    private TypeScope FindScope(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var references = type.DeclaringSyntaxReferences;
        var files = ImmutableArray.CreateBuilder<(SyntaxTree Tree, TreeFacts Facts)>(references.Length);
        var mayReach = false;
        for (var i = 0; i < references.Length; i++)
        {
            var tree = references[i].SyntaxTree;
            var facts = TreeFacts.For(tree, cancellationToken);
            files.Add((tree, facts));
            mayReach = mayReach || MayReach(facts);
        }

        return new TypeScope(files.MoveToImmutable(), mayReach || DerivesFromSdkType(type));
    }

    private bool MayReach(TreeFacts file) => file.NamesSdkNamespace || _importedEverywhere.Value;

    private static bool DerivesFromSdkType(INamedTypeSymbol type)
    {
        for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            if (IsSdkType(baseType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a type of an Alibaba Cloud SDK: its root namespace is Aliyun, AlibabaCloud or Tea.</summary>
    public static bool IsSdkType(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace;
        while (ns is { ContainingNamespace.IsGlobalNamespace: false })
        {
            ns = ns.ContainingNamespace;
        }

        return ns is { IsGlobalNamespace: false } && TypeRoots.Contains(ns.Name);
    }

    private bool ImportsSdkGlobally(SyntaxTree tree)
    {
        // A global using stands first in its file, before any declaration: the parsed directives say it, no text search.
        if (!TreeFacts.For(tree, CancellationToken.None).NamesSdkNamespace || tree.GetRoot() is not CompilationUnitSyntax root)
        {
            return false;
        }

        foreach (var directive in root.Usings)
        {
            if (directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) && TextRoots.Contains(LeftmostName(directive.Name)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Aliyun" for <c>Aliyun.OSS</c> and for <c>global::Aliyun.OSS</c>.</summary>
    private static string? LeftmostName(NameSyntax? name)
    {
        while (name is QualifiedNameSyntax qualified)
        {
            name = qualified.Left;
        }

        return name switch
        {
            AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => null,
        };
    }
}
