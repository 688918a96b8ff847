using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RamSecurity.Analyzers.Internals;
using RamSecurity.Analyzers.Sdk;

namespace RamSecurity.Analyzers.Sessions;

/// <summary>
/// RAM007: a constant session duration above the team's maximum, or outside what STS (or core's provider, or a RAM
/// role's ceiling) accepts. Assignments, initializers, builder calls and constructor arguments are judged alike.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SessionDurationTooLongAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SessionDurationTooLong);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start => start.RegisterForTypesNaming(
            SessionDurationTable.DurationMemberNames,
            compilation => SdkModel.For(compilation).DurationSinks,
            sinks => sinks is not null,
            sinks => new OperationActions()
                .On(c => AnalyzeAssignment(c, sinks!), OperationKind.SimpleAssignment)
                .On(c => AnalyzeCall(c, sinks!), OperationKind.Invocation, OperationKind.ObjectCreation)));
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, SessionDurationSinks sinks)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        var member = assignment.Target switch
        {
            IPropertyReferenceOperation property => property.Property,
            IFieldReferenceOperation field => (ISymbol)field.Field,
            _ => null,
        };

        if (member is not null && sinks.TryGetMember(member, out var duration))
        {
            Judge(context, assignment.Value, duration);
        }
    }

    private static void AnalyzeCall(OperationAnalysisContext context, SessionDurationSinks sinks)
    {
        var (method, arguments) = Operations.Call(context.Operation);

        if (method is null || !sinks.HasMembers(method.ContainingType))
        {
            return;
        }

        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.Explicit && argument.Parameter is { } parameter && sinks.TryGetParameter(method, parameter, out var duration))
            {
                Judge(context, argument.Value, duration);
            }
        }
    }

    private static void Judge(OperationAnalysisContext context, IOperation value, SessionDurationMember duration)
    {
        if (!ConstantSeconds.TryGet(value, out var seconds) || seconds is not { } constant || (duration.ZeroMeansUnset && constant == 0))
        {
            return;
        }

        var policy = SessionDurationPolicy.From(context.Options.AnalyzerConfigOptionsProvider.GetOptions(value.Syntax.SyntaxTree));
        if (SessionDurationVerdict.Judge(constant, duration.Limits, policy) is not { } verdict)
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticPropertyKeys.DurationSeconds, verdict.Replacement.ToString(CultureInfo.InvariantCulture));
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.SessionDurationTooLong,
            value.Syntax.GetLocation(),
            properties,
            constant.ToString(CultureInfo.InvariantCulture),
            verdict.Reason));
    }
}
