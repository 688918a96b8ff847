using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RamSecurity.Analyzers.Internals;
using RamSecurity.Analyzers.Sdk;

namespace RamSecurity.Analyzers.Sessions;

/// <summary>
/// RAM006: an STS request, a role credential provider, a role-typed Config or a RAM CreateRoleRequest created with no
/// duration anywhere in the member that creates it, so the SDK's 3600 seconds apply. An object that escapes the member
/// (returned, stored in a field, handed to code outside the SDK) may get its duration elsewhere and is not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SessionDurationNotSetAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SessionDurationNotSet);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start => start.RegisterForTypesNaming(
            SessionDurationTable.MentionedNames,
            compilation => SdkModel.For(compilation).DurationSinks,
            sinks => sinks is not null,
            sinks => new OperationActions().On(c => AnalyzeCreation(c, sinks!), OperationKind.ObjectCreation)));
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, SessionDurationSinks sinks)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (sinks.TryGetCarrier(creation.Type, out var carrier) && !TakesDurationFromConstructor(creation, sinks))
        {
            AnalyzeCarrier(context, creation, carrier, sinks);
        }
    }

    // Apart from the test above: the closure of the walk's callbacks is allocated on entry to the method that declares
    // what they capture, and most creations are not carriers.
    private static void AnalyzeCarrier(OperationAnalysisContext context, IObjectCreationOperation creation, SessionDurationCarrier carrier, SessionDurationSinks sinks)
    {
        var durationSet = false;
        var hasRoleType = false;
        void Assigned(ISymbol member, IOperation value)
        {
            if (member.Name == SessionDurationTable.ConfigTypePropertyName && !carrier.RoleTypes.IsEmpty)
            {
                hasRoleType |= value.ConstantValue is { HasValue: true, Value: string type } && carrier.RoleTypes.Contains(type);
            }
            else if (member.Name == carrier.DurationMemberName && sinks.TryGetMember(member, out var duration))
            {
                durationSet |= !IsUnset(value, duration);
            }
        }

        void Called(IInvocationOperation invocation)
        {
            if (invocation.TargetMethod.Name != carrier.DurationMemberName)
            {
                return;
            }

            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter is { } parameter && sinks.TryGetParameter(invocation.TargetMethod, parameter, out var duration))
                {
                    durationSet |= !IsUnset(argument.Value, duration);
                }
            }
        }

        // A Config handed to a role provider's constructor is that provider's configuration, whatever its Type says.
        void Passed(IArgumentOperation argument)
        {
            hasRoleType |= !carrier.RoleTypes.IsEmpty
                && argument.Parent is IObjectCreationOperation { Type: var provider }
                && sinks.TryGetCarrier(provider, out var providerCarrier)
                && providerCarrier.FixShape is DurationFixShape.AssignmentStatement or DurationFixShape.CallStatement;
        }

        var escapes = ObjectUse.Follow(creation, Assigned, Called, context.CancellationToken, Passed);
        if (durationSet || escapes || (!carrier.RoleTypes.IsEmpty && !hasRoleType))
        {
            return;
        }

        var policy = SessionDurationPolicy.From(context.Options.AnalyzerConfigOptionsProvider.GetOptions(creation.Syntax.SyntaxTree));
        var seconds = carrier.IsRoleCeiling ? policy.RoleCeilingSeconds : policy.FixSeconds;
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(DiagnosticPropertyKeys.DurationSeconds, seconds.ToString(CultureInfo.InvariantCulture))
            .Add(DiagnosticPropertyKeys.DurationMember, carrier.DurationMemberName)
            .Add(DiagnosticPropertyKeys.DurationFixShape, carrier.FixShape.ToString());
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.SessionDurationNotSet,
            SdkCallLocation.Of(creation.Syntax),
            properties,
            creation.Type!.Name,
            carrier.DurationMemberName));
    }

    /// <summary>A constant null, or 0 where 0 means the SDK default: no duration at all.</summary>
    private static bool IsUnset(IOperation value, SessionDurationMember duration) =>
        ConstantSeconds.TryGet(value, out var seconds) && (seconds is null || (duration.ZeroMeansUnset && seconds == 0));

    /// <summary>A constructor that takes the duration (RAM007 judges it), or a Config that carries it and is judged itself.</summary>
    private static bool TakesDurationFromConstructor(IObjectCreationOperation creation, SessionDurationSinks sinks)
    {
        if (creation.Constructor is not { } constructor)
        {
            return true;
        }

        foreach (var parameter in constructor.Parameters)
        {
            if (sinks.TryGetParameter(constructor, parameter, out _) || sinks.TryGetCarrier(parameter.Type, out _))
            {
                return true;
            }
        }

        return false;
    }
}
