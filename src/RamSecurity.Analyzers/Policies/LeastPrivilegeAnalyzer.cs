using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RamSecurity.Analyzers.Internals;
using RamSecurity.Analyzers.Policies;
using RamSecurity.Analyzers.Sdk;

namespace RamSecurity.Analyzers.Policies;

/// <summary>
/// RAM008: a constant permission policy (an AssumeRole session policy, a RAM policy or policy version) that allows
/// "*" on "*", every RAM action, or every action of a service on every resource; and attaching AdministratorAccess or
/// AliyunRAMFullAccess to a user, group or role. Reported on the policy's value.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LeastPrivilegeAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.LeastPrivilege);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        // One callback per operation kind, and only in files that name a policy member or an attach request.
        context.RegisterCompilationStartAction(start => start.RegisterForTypesNaming(
            AccountSecurityTable.MentionedNames,
            compilation => (Documents: SdkMemberSet.Create(compilation, AccountSecurityTable.PolicyDocumentMembers), AttachRequests: SdkTypeSet.Create(compilation, AccountSecurityTable.AttachPolicyRequests)),
            sdk => !sdk.Documents.IsEmpty || !sdk.AttachRequests.IsEmpty,
            sdk =>
            {
                var (documents, attachRequests) = sdk;
                return new OperationActions()
                    .On(c => AnalyzeAssignment(c, documents), OperationKind.SimpleAssignment)
                    .On(c => AnalyzeCall(c, documents), OperationKind.Invocation)
                    .On(
                        c =>
                        {
                            AnalyzeCall(c, documents);
                            AnalyzeAttach(c, attachRequests);
                        },
                        OperationKind.ObjectCreation);
            }));
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, SdkMemberSet documents)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is IPropertyReferenceOperation target && documents.ContainsProperty(target.Property))
        {
            JudgeDocument(context, assignment.Value);
        }
    }

    private static void AnalyzeCall(OperationAnalysisContext context, SdkMemberSet documents)
    {
        var (method, arguments) = Operations.Call(context.Operation);

        if (method is null || !documents.MayContainParameterOf(method))
        {
            return;
        }

        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter && documents.ContainsParameter(method, parameter))
            {
                JudgeDocument(context, argument.Value);
            }
        }
    }

    private static void JudgeDocument(OperationAnalysisContext context, IOperation value)
    {
        if (value.ConstantValue is { HasValue: true, Value: string document } && PolicyGrant.Judge(document) is { } grant)
        {
            Report(context, value, grant);
        }
    }

    private static void AnalyzeAttach(OperationAnalysisContext context, SdkTypeSet attachRequests)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (attachRequests.Contains(creation.Type))
        {
            AnalyzeAttachUse(context, creation);
        }
    }

    // Apart from the test above: the walk's closure is allocated on entry to the method that declares what it captures.
    private static void AnalyzeAttachUse(OperationAnalysisContext context, IObjectCreationOperation creation)
    {
        IOperation? policyName = null;
        var custom = false;
        ObjectUse.Follow(
            creation,
            (member, value) =>
            {
                if (member.Name == AccountSecurityTable.PolicyNameProperty)
                {
                    policyName = value;
                }
                else if (member.Name == AccountSecurityTable.PolicyTypeProperty)
                {
                    custom |= value.ConstantValue is { HasValue: true, Value: AccountSecurityTable.CustomPolicyType };
                }
            },
            _ => { },
            context.CancellationToken);

        if (!custom && policyName?.ConstantValue is { HasValue: true, Value: string name })
        {
            foreach (var (systemPolicy, grants) in AccountSecurityTable.AdministratorSystemPolicies)
            {
                if (string.Equals(name.Trim(), systemPolicy, System.StringComparison.OrdinalIgnoreCase))
                {
                    Report(context, policyName, PolicyGrant.SystemPolicy(systemPolicy, grants));
                }
            }
        }
    }

    private static void Report(OperationAnalysisContext context, IOperation value, PolicyGrant grant) =>
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.LeastPrivilege,
            value.Syntax.GetLocation(),
            grant.Severity,
            additionalLocations: null,
            properties: null,
            grant.Description));
}
