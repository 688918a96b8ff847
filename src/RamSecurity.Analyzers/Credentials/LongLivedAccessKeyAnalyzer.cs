using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RamSecurity.Analyzers.Internals;
using RamSecurity.Analyzers.Sdk;

namespace RamSecurity.Analyzers.Credentials;

/// <summary>
/// RAM005: a static AccessKey pair handed straight to a client or provider (core's profile, credentials and provider,
/// OssClient, OSS SDK V2's static provider and credentials, OpenApiClient's Config and the Tea OSS, RPC and ROA
/// Configs shaped like it, an "access_key" Aliyun.Credentials Config, the legacy AccessKeyCredential),
/// whatever the values' source: the key itself is long-lived. STS credentials with a token, role providers, ECS and
/// OIDC roles and the default chain are not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LongLivedAccessKeyAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.LongLivedAccessKey);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);

        // One callback per operation kind, and only in files that name a credential member or the static key type.
        context.RegisterCompilationStartAction(start => start.RegisterForTypesNaming(
            SdkCredentialNames.MentionedNames.Concat(new[] { AccountSecurityTable.StaticAccessKeyType, "AccessKey" }),
            compilation => (
                Sinks: SdkModel.For(compilation).CredentialSinks,
                Calls: SdkMemberSet.Create(compilation, AccountSecurityTable.LongLivedKeyCalls.Select(call => SdkMemberName.Member(call.Type, call.Member))),
                PairConfigs: SdkTypeSet.Create(compilation, AccountSecurityTable.StaticPairConfigs),
                CredentialsConfig: SdkTypeSet.Create(compilation, new[] { AccountSecurityTable.CredentialsConfig })),
            sdk => sdk.Sinks is not null,
            sdk =>
            {
                var (sinks, calls, pairConfigs, credentialsConfig) = sdk;
                return new OperationActions()
                    .On(c => AnalyzeCall(c, sinks!, calls), OperationKind.Invocation)
                    .On(
                        c =>
                        {
                            AnalyzeCall(c, sinks!, calls);
                            AnalyzeConfig(c, pairConfigs, credentialsConfig);
                        },
                        OperationKind.ObjectCreation);
            }));
    }

    private static void AnalyzeCall(OperationAnalysisContext context, SdkCredentialSinks sinks, SdkMemberSet calls)
    {
        var (method, arguments) = Operations.Call(context.Operation);

        if (method is null || !calls.ContainsMember(method))
        {
            return;
        }

        var kinds = new HashSet<CredentialKind>();
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter && sinks.TryGetParameterKind(method, parameter, out var kind) && !BlankConstant.Is(argument.Value))
            {
                kinds.Add(kind);
            }
        }

        if (kinds.Contains(CredentialKind.AccessKeyId) && kinds.Contains(CredentialKind.AccessKeySecret) && !kinds.Contains(CredentialKind.SecurityToken))
        {
            Report(context, method.ContainingType.Name);
        }
    }

    private static void AnalyzeConfig(OperationAnalysisContext context, SdkTypeSet pairConfigs, SdkTypeSet credentialsConfig)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        var isPairConfig = pairConfigs.Contains(creation.Type);
        if (isPairConfig || credentialsConfig.Contains(creation.Type))
        {
            AnalyzeConfigUse(context, creation, isPairConfig);
        }
    }

    // Apart from the test above: the walk's closure is allocated on entry to the method that declares what it captures.
    private static void AnalyzeConfigUse(OperationAnalysisContext context, IObjectCreationOperation creation, bool isPairConfig)
    {
        var (hasId, hasSecret, hasTemporary, isStaticType) = (false, false, false, false);
        ObjectUse.Follow(
            creation,
            (member, value) =>
            {
                var set = !BlankConstant.Is(value);
                hasId |= set && member.Name == "AccessKeyId";
                hasSecret |= set && member.Name == "AccessKeySecret";
                hasTemporary |= set && AccountSecurityTable.OpenApiConfigTemporaryCredentialMembers.Contains(member.Name);
                isStaticType |= member.Name == AccountSecurityTable.CredentialsConfigTypeProperty
                    && value.ConstantValue is { HasValue: true, Value: AccountSecurityTable.StaticAccessKeyType };
            },
            _ => { },
            context.CancellationToken);

        if (isPairConfig ? hasId && hasSecret && !hasTemporary : isStaticType)
        {
            Report(context, creation.Type!.Name);
        }
    }

    private static void Report(OperationAnalysisContext context, string client) =>
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.LongLivedAccessKey, SdkCallLocation.Of(context.Operation.Syntax), client));
}
