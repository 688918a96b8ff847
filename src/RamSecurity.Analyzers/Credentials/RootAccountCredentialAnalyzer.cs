using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RamSecurity.Analyzers.Internals;
using RamSecurity.Analyzers.Sdk;
using RamSecurity.Analyzers.Secrets;

namespace RamSecurity.Analyzers.Credentials;

/// <summary>
/// RAM004: (a) an AccessKey whose source names the root / main account (a variable, field, property or parameter,
/// or a configuration or environment key) reaches an SDK credential member, reported once per call or creation;
/// (b) a RAM CreateAccessKey request with no UserName, which creates a key for the caller, the account itself when
/// run as root.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RootAccountCredentialAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.RootAccountCredential, Descriptors.RootAccountAccessKeyCreated);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);

        // One callback per operation kind, and only in files that name a credential member or CreateAccessKey.
        context.RegisterCompilationStartAction(start => start.RegisterForTypesNaming(
            SdkCredentialNames.MentionedNames.Concat(new[] { "CreateAccessKeyRequest", "CreateAccessKey" }.Concat(AccountSecurityTable.CreateAccessKeyUserProperties)),
            compilation => (Sinks: SdkModel.For(compilation).CredentialSinks, CreateAccessKey: SdkTypeSet.Create(compilation, AccountSecurityTable.CreateAccessKeyRequests)),
            sdk => sdk.Sinks is not null,
            sdk =>
            {
                var sinks = sdk.Sinks!;
                var createAccessKey = sdk.CreateAccessKey;
                return new OperationActions()
                    .On(c => AnalyzeCall(c, sinks), OperationKind.Invocation)
                    .On(
                        c =>
                        {
                            AnalyzeCall(c, sinks);
                            AnalyzeCreateAccessKey(c, createAccessKey);
                        },
                        OperationKind.ObjectCreation)
                    .On(c => AnalyzeAssignment(c, sinks), OperationKind.SimpleAssignment);
            }));
    }

    private static void AnalyzeCall(OperationAnalysisContext context, SdkCredentialSinks sinks)
    {
        var (method, arguments) = Operations.Call(context.Operation);
        var initializer = (context.Operation as IObjectCreationOperation)?.Initializer;

        string? rootName = null;
        if (method is not null && sinks.IsSinkType(method.ContainingType))
        {
            foreach (var argument in arguments)
            {
                if (rootName is null && argument.Parameter is { } parameter && sinks.TryGetParameterKind(method, parameter, out var kind) && IsAccessKey(kind))
                {
                    rootName = ValueSourceNames.Find(argument.Value, RootAccountNames.NamesRootAccount);
                }
            }
        }

        // An initializer's assignments belong to the creation: one diagnostic for the object, not one per property.
        foreach (var member in initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
        {
            rootName ??= member is ISimpleAssignmentOperation assignment ? RootNameAssigned(assignment, sinks) : null;
        }

        if (rootName is not null)
        {
            Report(context, rootName, method?.ContainingType.Name ?? "The client");
        }
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, SdkCredentialSinks sinks)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Parent is not IObjectOrCollectionInitializerOperation && RootNameAssigned(assignment, sinks) is { } rootName)
        {
            Report(context, rootName, ((IPropertyReferenceOperation)assignment.Target).Property.ContainingType.Name);
        }
    }

    private static string? RootNameAssigned(ISimpleAssignmentOperation assignment, SdkCredentialSinks sinks) =>
        assignment.Target is IPropertyReferenceOperation target
        && SdkCredentialNames.MayName(target.Property.Name)
        && sinks.TryGetPropertyKind(target.Property, out var kind)
        && IsAccessKey(kind)
            ? ValueSourceNames.Find(assignment.Value, RootAccountNames.NamesRootAccount)
            : null;

    private static bool IsAccessKey(CredentialKind kind) => kind is CredentialKind.AccessKeyId or CredentialKind.AccessKeySecret;

    private static void Report(OperationAnalysisContext context, string rootName, string member) =>
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.RootAccountCredential, SdkCallLocation.Of(context.Operation.Syntax), rootName, member));

    private static void AnalyzeCreateAccessKey(OperationAnalysisContext context, SdkTypeSet createAccessKey)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (createAccessKey.Contains(creation.Type))
        {
            AnalyzeCreateAccessKeyUse(context, creation);
        }
    }

    // Apart from the test above: the walk's closure is allocated on entry to the method that declares what it captures.
    private static void AnalyzeCreateAccessKeyUse(OperationAnalysisContext context, IObjectCreationOperation creation)
    {
        var named = false;
        var escapes = ObjectUse.Follow(
            creation,
            (member, value) => named |= AccountSecurityTable.CreateAccessKeyUserProperties.Contains(member.Name) && !BlankConstant.Is(value),
            _ => { },
            context.CancellationToken);
        if (!named && !escapes)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.RootAccountAccessKeyCreated, SdkCallLocation.Of(creation.Syntax), creation.Type!.Name, UserProperty(creation.Type)));
        }
    }

    /// <summary>The property that names the user on this request (RAM's UserName, IMS's UserPrincipalName), for the message.</summary>
    private static string UserProperty(ITypeSymbol request)
    {
        foreach (var name in AccountSecurityTable.CreateAccessKeyUserProperties)
        {
            if (!request.GetMembers(name).IsEmpty)
            {
                return name;
            }
        }

        return AccountSecurityTable.UserNameProperty;
    }
}
