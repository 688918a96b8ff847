using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using RamSecurity.Analyzers.Internals;
using RamSecurity.Analyzers.Sdk;
using RamSecurity.Analyzers.Secrets;

namespace RamSecurity.Analyzers.Rules;

/// <summary>
/// RAM001 and RAM003 outside statements: an AccessKey ID or an STS token, by format, in a comment, an XML
/// documentation comment or an inactive <c>#if</c> region. Two text searches a file find the candidates; only there
/// is the syntax tree asked what surrounds them.
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
        var text = context.Tree.GetText(context.CancellationToken);
        var content = text.ToString();
        Scan(context, content, "LTAI", CredentialKind.AccessKeyId);
        Scan(context, content, "CAIS", CredentialKind.SecurityToken);
    }

    private static void Scan(SyntaxTreeAnalysisContext context, string content, string prefix, CredentialKind kind)
    {
        SyntaxNode? root = null;
        for (var index = content.IndexOf(prefix, System.StringComparison.Ordinal); index >= 0; index = content.IndexOf(prefix, index + 1, System.StringComparison.Ordinal))
        {
            if (index > 0 && char.IsLetterOrDigit(content[index - 1]))
            {
                continue;
            }

            root ??= context.Tree.GetRoot(context.CancellationToken);
            if (CommentSegment(root, index) is not { } segment)
            {
                continue;
            }

            var rest = content.Substring(index, segment.End - index);
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
