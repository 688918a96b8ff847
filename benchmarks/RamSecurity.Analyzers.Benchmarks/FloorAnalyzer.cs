using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace RamSecurity.Analyzers.Benchmarks;

/// <summary>
/// The floor: visits every string literal, invocation and object creation and reads their constant values, and
/// reports nothing. No analyzer that looks at literals and SDK calls can cost less.
/// </summary>
internal sealed class FloorAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("FLOOR001", "Floor", "Floor", "Performance", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public int Seen;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterSyntaxNodeAction(
            c => Read(((LiteralExpressionSyntax)c.Node).Token.ValueText),
            SyntaxKind.StringLiteralExpression);
        context.RegisterOperationAction(c => ReadArguments(((IInvocationOperation)c.Operation).Arguments), OperationKind.Invocation);
        context.RegisterOperationAction(c => ReadArguments(((IObjectCreationOperation)c.Operation).Arguments), OperationKind.ObjectCreation);
    }

    private void ReadArguments(ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument.Value.ConstantValue is { HasValue: true, Value: string value })
            {
                Read(value);
            }
        }
    }

    private void Read(string value)
    {
        if (value.Length > 0)
        {
            Interlocked.Increment(ref Seen);
        }
    }
}
