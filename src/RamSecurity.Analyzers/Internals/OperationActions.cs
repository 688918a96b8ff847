using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RamSecurity.Analyzers.Internals;

/// <summary>
/// An SDK rule's operation actions, made once per compilation and registered as they are at the start of every type
/// that needs them (<see cref="SdkRegistration"/>): a lambda written at the type's start is a new closure and delegate
/// for every type and rule, thousands a build on an SDK's own sources.
/// </summary>
internal sealed class OperationActions
{
    private readonly List<(Action<OperationAnalysisContext> Action, ImmutableArray<OperationKind> Kinds)> _actions = new();

    public OperationActions On(Action<OperationAnalysisContext> action, params OperationKind[] kinds)
    {
        _actions.Add((action, kinds.ToImmutableArray()));
        return this;
    }

    public void RegisterFor(SymbolStartAnalysisContext type)
    {
        foreach (var (action, kinds) in _actions)
        {
            type.RegisterOperationAction(action, kinds);
        }
    }
}
