using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RamSecurity.Analyzers.Internals;
using RamSecurity.Analyzers.Sdk;

namespace RamSecurity.Analyzers.Rules;

/// <summary>
/// Rule (a) of RAM001-RAM003: a constant that reaches an SDK member taking a credential, whatever its value.
/// Placeholders count too: the shape of the code is the leak.
/// </summary>
/// <remarks>
/// It runs once per syntax tree (a semantic model action) rather than per operation, so that a constant declared
/// anywhere in the file is reported as a local diagnostic of that file, which the IDE can show and fix on demand.
/// Calls, creations and assignments are rejected by name, from syntax, before any binding.
/// </remarks>
internal sealed class SdkCredentialFlow
{
    private readonly SdkCredentialSinks _sinks;
    private readonly CredentialReporter _reporter;

    public SdkCredentialFlow(SdkCredentialSinks sinks, CredentialReporter reporter)
    {
        _sinks = sinks;
        _reporter = reporter;
    }

    public void AnalyzeTree(SemanticModelAnalysisContext context)
    {
        var model = context.SemanticModel;
        var cancellationToken = context.CancellationToken;
        foreach (var node in model.SyntaxTree.GetRoot(cancellationToken).DescendantNodes())
        {
            switch (node)
            {
                case InvocationExpressionSyntax invocation when SdkCredentialNames.MayName(InvokedName(invocation.Expression)):
                    if (model.GetOperation(invocation, cancellationToken) is IInvocationOperation call)
                    {
                        AnalyzeArguments(context, call.TargetMethod, call.Arguments);
                    }

                    break;
                case BaseObjectCreationExpressionSyntax creation when creation is ImplicitObjectCreationExpressionSyntax
                    || SdkCredentialNames.MayName(TypeName(((ObjectCreationExpressionSyntax)creation).Type)):
                    if (model.GetOperation(creation, cancellationToken) is IObjectCreationOperation { Constructor: { } constructor } created)
                    {
                        AnalyzeArguments(context, constructor, created.Arguments);
                    }

                    break;
                case AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
                    && SdkCredentialNames.MayName(InvokedName(assignment.Left)):
                    if (model.GetOperation(assignment, cancellationToken) is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assigned
                        && _sinks.TryGetPropertyKind(target.Property, out var kind))
                    {
                        ReportConstants(context, assigned.Value, kind);
                    }

                    break;
            }
        }
    }

    private void AnalyzeArguments(SemanticModelAnalysisContext context, IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments)
    {
        if (!_sinks.IsSinkType(method.ContainingType))
        {
            return;
        }

        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.Explicit
                && argument.Parameter is { } parameter
                && _sinks.TryGetParameterKind(method, parameter, out var kind))
            {
                ReportConstants(context, argument.Value, kind);
            }
        }
    }

    private void ReportConstants(SemanticModelAnalysisContext context, IOperation value, CredentialKind kind)
    {
        var sites = new List<ConstantSite>(1);
        ConstantSiteResolver.Resolve(value, sites, context.CancellationToken);
        foreach (var site in sites)
        {
            _reporter.Report(context.ReportDiagnostic, site.Node, site.Value, kind);
        }
    }

    private static string? InvokedName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        GenericNameSyntax generic => generic.Identifier.ValueText,
        MemberAccessExpressionSyntax memberAccess => memberAccess.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax memberBinding => memberBinding.Name.Identifier.ValueText,
        _ => null,
    };

    private static string? TypeName(TypeSyntax type) => type switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        _ => null,
    };
}
