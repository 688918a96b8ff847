using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using RamSecurity.Analyzers.Internals;
using RamSecurity.Analyzers.Sdk;

namespace RamSecurity.Analyzers.Rules;

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

        // No SDK referenced: only the format checks run.
        var sinks = SdkCredentialSinks.Create(context.Compilation);
        var flow = sinks is null ? null : new SdkCredentialFlow(sinks, reporter);
        var scanner = new LiteralCredentialScanner(reporter, flow);
        context.RegisterSyntaxNodeAction(
            scanner.Analyze,
            SyntaxKind.StringLiteralExpression,
            SyntaxKind.Utf8StringLiteralExpression,
            SyntaxKind.InterpolatedStringText);

        if (flow is not null)
        {
            context.RegisterSymbolStartAction(type =>
            {
                if (flow.Mentions.In(type.Symbol, type.CancellationToken))
                {
                    type.RegisterOperationAction(flow.AnalyzeSink, OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment);
                }
            },
            SymbolKind.NamedType);
        }
    }
}
