using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using RamSecurity.Analyzers.Internals;
using RamSecurity.Analyzers.Sdk;

namespace RamSecurity.Analyzers.Rules;

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
        context.RegisterCompilationStartAction(start =>
        {
            if (SessionDurationSinks.Create(start.Compilation) is { } sinks)
            {
                start.RegisterOperationAction(c => AnalyzeCreation(c, sinks), OperationKind.ObjectCreation);
            }
        });
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, SessionDurationSinks sinks)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (!sinks.TryGetCarrier(creation.Type, out var carrier) || TakesDurationFromConstructor(creation, sinks))
        {
            return;
        }

        var use = CarrierUse.Follow(creation, carrier, sinks, context.CancellationToken);
        if (use.DurationSet || use.Escapes || (!carrier.RoleTypes.IsEmpty && !use.HasRoleType))
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
            CreationLocation(creation.Syntax),
            properties,
            creation.Type!.Name,
            carrier.DurationMemberName));
    }

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

    /// <summary>The squiggle: <c>new Type(...)</c>, without the initializer, which may span many lines.</summary>
    private static Location CreationLocation(SyntaxNode syntax)
    {
        var end = syntax switch
        {
            ObjectCreationExpressionSyntax explicitType => explicitType.ArgumentList?.Span.End ?? explicitType.Type.Span.End,
            ImplicitObjectCreationExpressionSyntax implicitType => implicitType.ArgumentList.Span.End,
            _ => syntax.Span.End,
        };

        return Location.Create(syntax.SyntaxTree, TextSpan.FromBounds(syntax.SpanStart, end));
    }
}
