using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using RamSecurity.Analyzers.Internals;
using RamSecurity.Analyzers.Sdk;
using RamSecurity.Analyzers.Secrets;

namespace RamSecurity.Analyzers.Credentials;

/// <summary>
/// RAM001 and RAM003 outside statements: an AccessKey ID or an STS token, by format, in a comment, an XML
/// documentation comment or an inactive <c>#if</c> region. The tree's fact sheet holds the candidates (every "LTAI"
/// and "CAIS"); only there is the syntax tree asked what surrounds them.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CommentCredentialAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableDictionary<string, string?> Redactable =
        ImmutableDictionary<string, string?>.Empty.Add(DiagnosticPropertyKeys.Redactable, "true");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.HardcodedAccessKeyId,
        Descriptors.HardcodedSecurityToken);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterSyntaxTreeAction(AnalyzeTree);
    }

    private static void AnalyzeTree(SyntaxTreeAnalysisContext context)
    {
        // The candidates come from the tree's fact sheet: the text is read once for every rule, never copied whole.
        var facts = TreeFacts.For(context.Tree, context.CancellationToken);
        if (facts.AccessKeyIdPrefixes.Count == 0 && facts.SecurityTokenPrefixes.Count == 0)
        {
            return;
        }

        var text = context.Tree.GetText(context.CancellationToken);
        Scan(context, text, facts.AccessKeyIdPrefixes, CredentialKind.AccessKeyId);
        Scan(context, text, facts.SecurityTokenPrefixes, CredentialKind.SecurityToken);
    }

    private static void Scan(SyntaxTreeAnalysisContext context, SourceText text, IReadOnlyList<int> prefixes, CredentialKind kind)
    {
        SyntaxNode? root = null;
        foreach (var index in prefixes)
        {
            if (index > 0 && char.IsLetterOrDigit(text[index - 1]))
            {
                continue;
            }

            root ??= context.Tree.GetRoot(context.CancellationToken);
            if (CommentSegment(root, index) is not { } segment)
            {
                continue;
            }

            var rest = text.ToString(TextSpan.FromBounds(index, segment.End));
            var found = kind == CredentialKind.AccessKeyId ? AccessKeyIdFormat.TryFind(rest, out var match) : SecurityTokenFormat.TryFind(rest, out match);
            if (found && match.Start == 0)
            {
                var span = new TextSpan(index, match.Length);
                context.ReportDiagnostic(Diagnostic.Create(kind.Descriptor(), Location.Create(context.Tree, span), Redactable, SecretMask.Apply(rest.Substring(0, match.Length)), kind.EnvironmentVariable()));
            }
        }
    }

    /// <summary>The span of the comment, documentation text or inactive code at a position; null inside code and literals.</summary>
    private static TextSpan? CommentSegment(SyntaxNode root, int position)
    {
        var trivia = root.FindTrivia(position);
        if (trivia.Span.Contains(position) && trivia.Kind() is SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia or SyntaxKind.DisabledTextTrivia)
        {
            return trivia.Span;
        }

        var token = root.FindToken(position, findInsideTrivia: true);
        return token.Span.Contains(position) && token.IsPartOfStructuredTrivia() && token.Kind() is SyntaxKind.XmlTextLiteralToken or SyntaxKind.XmlTextLiteralNewLineToken
            ? token.Span
            : null;
    }
}
