using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RamSecurity.Analyzers.Internals;
using RamSecurity.Analyzers.Sdk;

namespace RamSecurity.Analyzers.Identity;

/// <summary>
/// RAM012: a console login profile created without MFA (MFABindRequired never set in the creating member, or set to a
/// constant false or null), or updated with MFABindRequired set to a constant false. Reported on the creation; a
/// property lists where the false or null values are written, which the fix turns into true. A created request that escapes the
/// member and sets nothing may be completed elsewhere and is not judged, as RAM006 does; an explicit false always is.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConsoleLoginAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.ConsoleLoginWithoutMfa, Descriptors.ConsoleLoginMfaTurnedOff);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start => start.RegisterForTypesNaming(
            IdentityTable.LoginProfileMentionedNames,
            compilation => (Creates: SdkTypeSet.Create(compilation, IdentityTable.CreateLoginProfileRequests), Updates: SdkTypeSet.Create(compilation, IdentityTable.UpdateLoginProfileRequests)),
            sdk => !sdk.Creates.IsEmpty || !sdk.Updates.IsEmpty,
            sdk => new OperationActions().On(c => AnalyzeCreation(c, sdk.Creates, sdk.Updates), OperationKind.ObjectCreation)));
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, SdkTypeSet creates, SdkTypeSet updates)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        var isCreate = creates.Contains(creation.Type);
        if (isCreate || updates.Contains(creation.Type))
        {
            AnalyzeRequest(context, creation, isCreate);
        }
    }

    // Apart from the test above: the walk's closure is allocated on entry to the method that declares what it captures.
    private static void AnalyzeRequest(OperationAnalysisContext context, IObjectCreationOperation creation, bool isCreate)
    {
        var required = false;
        var inactive = false;
        var offValues = new List<IOperation>();
        void Assigned(ISymbol member, IOperation value)
        {
            if (member.Name == IdentityTable.MfaProperty)
            {
                // null is "not set": the SDK sends nothing and RAM's default, false, applies.
                if (Operations.SkipConversions(value)!.ConstantValue is { HasValue: true, Value: null or false })
                {
                    offValues.Add(value);
                }
                else
                {
                    required = true;
                }
            }
            else if (member.Name == IdentityTable.LoginStatusProperty)
            {
                inactive |= value.ConstantValue is { HasValue: true, Value: IdentityTable.InactiveLoginStatus };
            }
        }

        var escapes = ObjectUse.Follow(creation, Assigned, _ => { }, context.CancellationToken);
        var explicitFalse = offValues.Exists(value => Operations.SkipConversions(value)!.ConstantValue.Value is false);
        if (required || inactive || (isCreate ? !explicitFalse && escapes : !explicitFalse))
        {
            return;
        }

        var spans = string.Join(";", offValues.ConvertAll(value => value.Syntax.Span.Start.ToString(CultureInfo.InvariantCulture) + ":" + value.Syntax.Span.Length.ToString(CultureInfo.InvariantCulture)));
        context.ReportDiagnostic(Diagnostic.Create(
            isCreate ? Descriptors.ConsoleLoginWithoutMfa : Descriptors.ConsoleLoginMfaTurnedOff,
            SdkCallLocation.Of(creation.Syntax),
            ImmutableDictionary<string, string?>.Empty.Add(DiagnosticPropertyKeys.MfaOffValues, spans),
            creation.Type!.Name));
    }
}
