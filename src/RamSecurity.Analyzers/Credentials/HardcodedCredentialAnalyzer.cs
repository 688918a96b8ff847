using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using RamSecurity.Analyzers.Internals;
using RamSecurity.Analyzers.Sdk;

namespace RamSecurity.Analyzers.Credentials;

/// <summary>
/// RAM001 (AccessKey ID), RAM002 (AccessKey secret) and RAM003 (STS security token) hardcoded in code: one walk,
/// three kinds. Constants that reach an SDK credential member are found through the SDK table; literals that are
/// credentials by format are found anywhere, SDK or not.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardcodedCredentialAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.HardcodedAccessKeyId,
        Descriptors.HardcodedAccessKeySecret,
        Descriptors.HardcodedSecurityToken,
        Descriptors.HardcodedBearerToken);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // A key in generated code (Settings.Designer.cs, scaffolded clients) leaks like any other.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var reporter = new CredentialReporter();

        // The SDK flow exists only when the compilation references an SDK (else only the format checks run). It is
        // resolved on the first literal or type that needs it, not here: see SdkRegistration for why.
        var compilation = context.Compilation;
        var flow = new Lazy<SdkCredentialFlow?>(() => SdkModel.For(compilation).CredentialSinks is { } sinks ? new SdkCredentialFlow(sinks, reporter) : null);

        // A literal reaches the SDK flow only where an SDK call of its own file can read it: in the files that name a
        // credential member. Elsewhere (most files) the format checks run alone, and no literal asks for the SDK.
        var formatOnly = new LiteralCredentialScanner(reporter, flow: null);
        var withFlow = new Lazy<LiteralCredentialScanner>(() => new LiteralCredentialScanner(reporter, flow.Value));
        var namesSdk = new TreeMentions(SdkCredentialNames.MentionedNames);
        var reach = SdkReach.For(compilation);

        // Once a type start has resolved the SDK, a compilation without it asks no file for its words; before that,
        // only a file that names an SDK namespace and a credential member makes a literal resolve it.
        var namesSdkInTree = new LastAnswer<SyntaxTree, bool>((tree, cancellationToken) => reach.MayReach(tree, cancellationToken) && namesSdk.In(tree, cancellationToken));
        bool NamesSdk(SyntaxNodeAnalysisContext c) => namesSdkInTree.For(c.Node.SyntaxTree, c.CancellationToken);
        bool UsesFlow(SyntaxNodeAnalysisContext c) => flow.IsValueCreated
            ? flow.Value is not null && NamesSdk(c)
            : NamesSdk(c) && flow.Value is not null;
        context.RegisterSyntaxNodeAction(
            c => (UsesFlow(c) ? withFlow.Value : formatOnly).Analyze(c),
            SyntaxKind.StringLiteralExpression,
            SyntaxKind.Utf8StringLiteralExpression,
            SyntaxKind.InterpolatedStringText);

        context.RegisterForTypesNaming(
            SdkCredentialNames.MentionedNames,
            _ => flow.Value,
            sdkFlow => sdkFlow is not null,
            sdkFlow => new OperationActions().On(sdkFlow!.AnalyzeSink, OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment));
    }
}
