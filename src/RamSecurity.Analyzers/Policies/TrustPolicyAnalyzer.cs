using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RamSecurity.Analyzers.Internals;
using RamSecurity.Analyzers.Policies;
using RamSecurity.Analyzers.Sdk;

namespace RamSecurity.Analyzers.Policies;

/// <summary>
/// RAM010: a constant role trust policy (a new role's AssumeRolePolicyDocument, an update's NewAssumeRolePolicyDocument),
/// written there or in the local, field or property it is read from, that trusts too broadly, reported on the value. RAM011: an UpdateRoleRequest that sets NewAssumeRolePolicyDocument
/// at all, constant or not, reported on the member: changing who may assume a role belongs in a reviewed change.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TrustPolicyAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.TrustPolicyTooBroad, Descriptors.TrustedEntityChanged);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start => start.RegisterForTypesNaming(
            IdentityTable.TrustPolicyMentionedNames,
            compilation => (Documents: SdkMemberSet.Create(compilation, IdentityTable.TrustPolicyMembers), Updates: SdkMemberSet.Create(compilation, IdentityTable.NewTrustPolicyMembers)),
            sdk => !sdk.Documents.IsEmpty,
            sdk => new OperationActions().On(c => AnalyzeAssignment(c, sdk.Documents, sdk.Updates), OperationKind.SimpleAssignment)));
    }

    /// <summary>Initializer members and later assignments alike are simple assignments to the property.</summary>
    private static void AnalyzeAssignment(OperationAnalysisContext context, SdkMemberSet documents, SdkMemberSet updates)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation target || !documents.ContainsProperty(target.Property))
        {
            return;
        }

        if (updates.ContainsProperty(target.Property) && !BlankConstant.Is(assignment.Value))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TrustedEntityChanged, target.Syntax.GetLocation(), target.Property.ContainingType.Name));
        }

        // The document itself, or the constant a local, field or property that holds it is given (trust policies live in fields).
        var sites = new List<ConstantSite>();
        ConstantSiteResolver.Resolve(assignment.Value, sites, context.CancellationToken);
        foreach (var site in sites)
        {
            if (TrustPolicy.FindTooBroad(site.Value) is { } tooBroad)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.TrustPolicyTooBroad, assignment.Value.Syntax.GetLocation(), tooBroad.Principal, tooBroad.Reason));
                return;
            }
        }
    }
}
