using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RamSecurity.Analyzers.Internals;

/// <summary>How an SDK rule registers: for the types of the files that name its words, with its SDK state resolved late.</summary>
internal static class SdkRegistration
{
    /// <summary>
    /// Calls <paramref name="register"/> at the start of every named type whose code can reach an SDK at all
    /// (<see cref="SdkReach"/>) and is declared in a file that names one of the <paramref name="words"/>
    /// (<see cref="TreeMentions"/>), with the rule's SDK state, resolved once, at the first such type: in a compilation
    /// whose code never names the SDK, the state is never resolved and no file's words are read. Where
    /// <paramref name="present"/> says the compilation has none of the rule's SDK types, nothing is registered.
    /// </summary>
    /// <remarks>
    /// Not resolved in the compilation-start action: the first look at the compilation's namespaces there makes the
    /// compiler declare the whole compilation (source assembly, references, declaration table) inside the rule's
    /// callback, about 230 ms on the Alibaba SDK sources. At a type's start the compiler has done that already.
    /// </remarks>
    public static void RegisterForTypesNaming<T>(
        this CompilationStartAnalysisContext start,
        IEnumerable<string> words,
        Func<Compilation, T> resolve,
        Func<T, bool> present,
        Action<SymbolStartAnalysisContext, T> register)
    {
        var mentions = new TreeMentions(words);
        var compilation = start.Compilation;
        var reach = SdkReach.For(compilation);
        var state = new Lazy<T>(() => resolve(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
        start.RegisterSymbolStartAction(
            type =>
            {
                var scope = reach.ScopeOf((INamedTypeSymbol)type.Symbol, type.CancellationToken);
                if (scope.MayReach && present(state.Value) && mentions.In(scope, type.CancellationToken))
                {
                    register(type, state.Value);
                }
            },
            SymbolKind.NamedType);
    }

    /// <summary>
    /// As above, for a rule whose work is operation actions alone: <paramref name="actions"/> makes them once, from
    /// the SDK state, and every type that needs them gets the same delegates.
    /// </summary>
    public static void RegisterForTypesNaming<T>(
        this CompilationStartAnalysisContext start,
        IEnumerable<string> words,
        Func<Compilation, T> resolve,
        Func<T, bool> present,
        Func<T, OperationActions> actions)
    {
        // Made with the state, in its Lazy: once, and published safely to every thread that starts a type.
        start.RegisterForTypesNaming(
            words,
            compilation => resolve(compilation) is var state && present(state) ? actions(state) : null,
            made => made is not null,
            (type, made) => made!.RegisterFor(type));
    }
}
