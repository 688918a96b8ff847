using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RamSecurity.Analyzers.Internals;
using RamSecurity.Analyzers.Sdk;

namespace RamSecurity.Analyzers.Rules;

/// <summary>
/// Rule (a) of RAM001-RAM003: a constant that reaches an SDK member taking a credential, whatever its value.
/// Placeholders count too: the shape of the code is the leak.
/// </summary>
internal sealed class SdkCredentialFlow
{
    private readonly SdkCredentialSinks _sinks;
    private readonly CredentialReporter _reporter;

    public SdkCredentialFlow(SdkCredentialSinks sinks, CredentialReporter reporter)
    {
        _sinks = sinks;
        _reporter = reporter;
    }

    public void AnalyzeInvocation(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        AnalyzeArguments(context, invocation.TargetMethod, invocation.Arguments);
    }

    public void AnalyzeObjectCreation(OperationAnalysisContext context)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Constructor is { } constructor)
        {
            AnalyzeArguments(context, constructor, creation.Arguments);
        }
    }

    /// <summary>Property assignments, in statements and in object initializers alike.</summary>
    public void AnalyzeAssignment(OperationAnalysisContext context)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is IPropertyReferenceOperation target && _sinks.TryGetPropertyKind(target.Property, out var kind))
        {
            ReportConstants(context, assignment.Value, kind);
        }
    }

    private void AnalyzeArguments(OperationAnalysisContext context, IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments)
    {
        if (!_sinks.IsSinkType(method.ContainingType))
        {
            return;
        }

        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.Explicit
                && argument.Parameter is { } parameter
                && _sinks.TryGetParameterKind(method, parameter, out var kind))
            {
                ReportConstants(context, argument.Value, kind);
            }
        }
    }

    private void ReportConstants(OperationAnalysisContext context, IOperation value, CredentialKind kind)
    {
        var sites = new List<ConstantSite>(1);
        ConstantSiteResolver.Resolve(value, sites, context.CancellationToken);
        foreach (var site in sites)
        {
            _reporter.Report(context.ReportDiagnostic, site.Node, site.Value, kind);
        }
    }
}
