using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using RamSecurity.Analyzers.Internals;
using RamSecurity.Analyzers.Sdk;

namespace RamSecurity.Analyzers.Credentials;

/// <summary>
/// Rule (a) of RAM001-RAM003: a constant that reaches an SDK member taking a credential, whatever its value.
/// Placeholders count too: the shape of the code is the leak.
/// </summary>
/// <remarks>
/// Two directions, so that every diagnostic is reported while its own member is analyzed (a local diagnostic, which
/// the IDE shows and fixes on demand): from an SDK call to the constants in the same member, or in another file;
/// and from a constant written to a field or property to the SDK calls of the same file that read it. Invocations and
/// creations and assignments are operations the driver builds anyway; written constants are read from syntax and bound
/// only when an SDK call of the file names the field.
/// </remarks>
internal sealed class SdkCredentialFlow
{
    // What SinkValues returns for an operation that reaches no credential member (most of them): nothing allocated.
    private static readonly (IOperation Value, SdkCredentialMember Member)[] NoValues = System.Array.Empty<(IOperation, SdkCredentialMember)>();

    private readonly SdkCredentialSinks _sinks;
    private readonly CredentialReporter _reporter;
    private readonly ConcurrentDictionary<SyntaxTree, SinkCandidates> _candidates = new();

    public SdkCredentialFlow(SdkCredentialSinks sinks, CredentialReporter reporter)
    {
        _sinks = sinks;
        _reporter = reporter;
    }

    /// <summary>The files that name an SDK credential member: the only ones with SDK calls to analyze or to read a constant.</summary>
    public TreeMentions Mentions { get; } = new(SdkCredentialNames.Mentioned);

    /// <summary>An invocation, object creation or assignment (operations the driver builds anyway).</summary>
    /// <remarks>
    /// Most of these reach no SDK member. Only those that do make the report delegate: a delegate of the context's
    /// ReportDiagnostic boxes the context and goes through the runtime's delegate constructor, which cost more than the
    /// rest of the callback on an SDK's own sources.
    /// </remarks>
    public void AnalyzeSink(OperationAnalysisContext context)
    {
        var values = SinkValues(context.Operation);
        if (values.Count > 0)
        {
            ReportSinkSites(context.Operation, values, context.ReportDiagnostic, context.CancellationToken);
        }
    }

    /// <summary>
    /// A constant literal written to a field, property or variable (initializer, getter, assignment): reported where an
    /// SDK call of the same file reads it. Called from the literal visit, so it costs no callback of its own.
    /// </summary>
    public void AnalyzeWrittenLiteral(SyntaxNodeAnalysisContext context)
    {
        var constant = ConstantExpression(context.Node);
        if (constant is null)
        {
            return;
        }

        if (WrittenName(constant) is not { } name)
        {
            // Handed straight to an SDK that reads other variables (OSS SDK V2): reported now, before the format scan
            // of the same literal would report it naming ALIBABA_CLOUD_*. Only this constant: a node action's
            // diagnostic is local to its node, and the other arguments are reported by their own visits.
            if (OtherEnvironmentSink(constant) is { } sink && context.SemanticModel.GetOperation(sink, context.CancellationToken) is { } operation)
            {
                ReportSinkSites(operation, SinkValues(operation), context.ReportDiagnostic, context.CancellationToken, constant.Span);
            }

            return;
        }

        var readers = Readers(context.Node.SyntaxTree, name, context.CancellationToken);
        if (readers.Count > 0 && context.SemanticModel.GetOperation(constant, context.CancellationToken) is { ConstantValue: { HasValue: true, Value: string } } value)
        {
            ReportWhereRead(context.SemanticModel, context.ReportDiagnostic, value, readers, context.CancellationToken);
        }
    }

    /// <param name="within">Where a reported constant must stand: the member of the call, or a narrower span.</param>
    private void ReportSinkSites(IOperation sinkOperation, IReadOnlyList<(IOperation Value, SdkCredentialMember Member)> values, System.Action<Diagnostic> report, CancellationToken cancellationToken, TextSpan? within = null)
    {
        TextSpan? member = within;
        foreach (var (value, sink) in values)
        {
            foreach (var site in Resolve(value, cancellationToken))
            {
                // A constant elsewhere in this file is reported from its own member (AnalyzeWrittenLiteral).
                member ??= ContainingMemberSpan(sinkOperation.Syntax);
                if (site.Node.SyntaxTree == sinkOperation.Syntax.SyntaxTree ? member.Value.Contains(site.Node.Span) : within is null)
                {
                    _reporter.Report(report, site.Node, site.Value, sink.Kind, sink.Environment);
                }
            }
        }
    }

    /// <summary>The whole constant expression a literal is part of: the literal, a concatenation, an interpolation without holes.</summary>
    private static ExpressionSyntax? ConstantExpression(SyntaxNode literal)
    {
        var current = literal is InterpolatedStringTextSyntax ? literal.Parent : literal;
        while (current?.Parent is ParenthesizedExpressionSyntax or BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression })
        {
            current = current.Parent;
        }

        return current as ExpressionSyntax;
    }

    /// <summary>The field, property or variable a constant expression is written to, by name.</summary>
    private static string? WrittenName(ExpressionSyntax constant) => constant.Parent switch
    {
        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax variable } => variable.Identifier.ValueText,
        EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Identifier.ValueText,
        ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Identifier.ValueText,
        ArrowExpressionClauseSyntax { Parent: AccessorDeclarationSyntax { Parent.Parent: PropertyDeclarationSyntax property } } => property.Identifier.ValueText,
        ReturnStatementSyntax returned => (returned.FirstAncestorOrSelf<AccessorDeclarationSyntax>()?.Parent?.Parent as PropertyDeclarationSyntax)?.Identifier.ValueText,
        AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment when assignment.Right == constant => SyntaxNames.Invoked(assignment.Left),
        _ => null,
    };

    /// <summary>The calls, creations and assignments of the file that may hand the constant named <paramref name="name"/> to a credential member.</summary>
    private IReadOnlyList<SyntaxNode> Readers(SyntaxTree tree, string name, CancellationToken cancellationToken)
    {
        var candidates = _candidates.TryGetValue(tree, out var known) ? known : _candidates.GetOrAdd(tree, SinkCandidates.For(tree, Mentions, cancellationToken));
        var mentioning = candidates.Mentioning(name);
        if (mentioning.Count == 0)
        {
            return System.Array.Empty<SyntaxNode>();
        }

        var readers = new List<SyntaxNode>();
        foreach (var reader in mentioning)
        {
            if ((reader.Ordinal < 0 || _sinks.MayTakeCredential(reader.Name, reader.Ordinal, reader.ArgumentName))
                && (readers.Count == 0 || readers[readers.Count - 1] != reader.Node))
            {
                readers.Add(reader.Node);
            }
        }

        return readers;
    }

    private void ReportWhereRead(SemanticModel model, System.Action<Diagnostic> report, IOperation value, IReadOnlyList<SyntaxNode> readers, CancellationToken cancellationToken)
    {
        var own = new HashSet<TextSpan>();
        foreach (var site in Resolve(value, cancellationToken))
        {
            own.Add(site.Node.Span);
        }

        foreach (var reader in readers)
        {
            if (model.GetOperation(reader, cancellationToken) is not { } sink)
            {
                continue;
            }

            foreach (var (sinkValue, member) in SinkValues(sink))
            {
                foreach (var site in Resolve(sinkValue, cancellationToken))
                {
                    if (site.Node.SyntaxTree == value.Syntax.SyntaxTree && own.Contains(site.Node.Span))
                    {
                        _reporter.Report(report, site.Node, site.Value, member.Kind, member.Environment);
                    }
                }
            }
        }
    }

    /// <summary>The values a call, creation or assignment hands to SDK credential members, with the member each reaches.</summary>
    /// <remarks>Most calls are rejected by the simple name of their type or property, a string lookup, before any symbol comparison.</remarks>
    private IReadOnlyList<(IOperation Value, SdkCredentialMember Member)> SinkValues(IOperation operation)
    {
        switch (operation)
        {
            case IInvocationOperation invocation when _sinks.IsSinkType(invocation.TargetMethod.ContainingType):
                return ArgumentValues(invocation.TargetMethod, invocation.Arguments);
            case IObjectCreationOperation { Constructor: { } constructor } creation when _sinks.IsSinkType(constructor.ContainingType):
                return ArgumentValues(constructor, creation.Arguments);
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                when SdkCredentialNames.MayName(target.Property.Name) && _sinks.TryGetProperty(target.Property, out var member):
                return new[] { (assignment.Value, member!) };
            default:
                return NoValues;
        }
    }

    /// <summary>The arguments that reach a credential parameter; <see cref="NoValues"/> when none does (most calls of an SDK type).</summary>
    private IReadOnlyList<(IOperation Value, SdkCredentialMember Member)> ArgumentValues(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments)
    {
        List<(IOperation, SdkCredentialMember)>? values = null;
        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.Explicit
                && argument.Parameter is { } parameter
                && _sinks.TryGetParameter(method, parameter, out var member))
            {
                (values ??= new List<(IOperation, SdkCredentialMember)>()).Add((argument.Value, member!));
            }
        }

        return (IReadOnlyList<(IOperation, SdkCredentialMember)>?)values ?? NoValues;
    }

    /// <summary>The call or creation a constant is an argument of, when syntax names a member of an SDK with its own variables.</summary>
    private static SyntaxNode? OtherEnvironmentSink(ExpressionSyntax constant) => constant.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: { } call } }
        && SdkCredentialNames.MayReadOtherEnvironment(call switch
        {
            ObjectCreationExpressionSyntax creation => SyntaxNames.Type(creation.Type),
            InvocationExpressionSyntax invocation => SyntaxNames.Invoked(invocation.Expression),
            _ => null,
        })
        ? call
        : null;

    private static List<ConstantSite> Resolve(IOperation value, CancellationToken cancellationToken)
    {
        var sites = new List<ConstantSite>(1);
        ConstantSiteResolver.Resolve(value, sites, cancellationToken);
        return sites;
    }

    /// <summary>The member declaration the driver analyzes an operation as part of: the unit of a local diagnostic.</summary>
    private static TextSpan ContainingMemberSpan(SyntaxNode node)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            if (current is MemberDeclarationSyntax and not BaseTypeDeclarationSyntax and not BaseNamespaceDeclarationSyntax)
            {
                return current.Span;
            }
        }

        return node.SyntaxTree.GetRoot().Span;
    }
}
