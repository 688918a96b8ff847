using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using RamSecurity.Analyzers.Internals;
using RamSecurity.Analyzers.Sdk;
using RamSecurity.Analyzers.Secrets;

namespace RamSecurity.Analyzers.Credentials;

/// <summary>
/// Rule (b) of RAM001-RAM003: a string literal, anywhere, that is a credential by its format. It reads the
/// literal's token text only, and rejects by length before it scans, so it costs little on the literals of
/// ordinary code; the semantic model is asked only about the rare secret-shaped literal.
/// </summary>
internal sealed class LiteralCredentialScanner
{
    private readonly CredentialReporter _reporter;
    private readonly SdkCredentialFlow? _flow;

    /// <param name="flow">The SDK analysis, when the compilation references an SDK: it also looks at every literal.</param>
    public LiteralCredentialScanner(CredentialReporter reporter, SdkCredentialFlow? flow)
    {
        _reporter = reporter;
        _flow = flow;
    }

    public void Analyze(SyntaxNodeAnalysisContext context)
    {
        var node = context.Node;
        var value = node switch
        {
            LiteralExpressionSyntax literal => literal.Token.ValueText,
            InterpolatedStringTextSyntax text => text.TextToken.ValueText,
            _ => string.Empty,
        };

        // Whatever its value: a placeholder written to a field the SDK reads is a finding too.
        _flow?.AnalyzeWrittenLiteral(context);

        // Nothing shorter than the shortest AccessKey ID ("LTAI" + 12) can be a credential by format.
        if (value.Length < AccessKeyIdFormat.MinimumLength)
        {
            return;
        }

        var hasId = AccessKeyIdFormat.TryFind(value, out var id);
        if (hasId)
        {
            _reporter.Report(context.ReportDiagnostic, node, value, CredentialKind.AccessKeyId);
        }

        if (value.Length >= SecurityTokenFormat.MinimumLength && SecurityTokenFormat.TryFind(value, out _))
        {
            _reporter.Report(context.ReportDiagnostic, node, value, CredentialKind.SecurityToken);
        }

        if (value.Length >= AccessKeySecretFormat.Length && IsSecret(context, value, hasId, id))
        {
            _reporter.Report(context.ReportDiagnostic, node, value, CredentialKind.AccessKeySecret);
        }
    }

    private static bool IsSecret(SyntaxNodeAnalysisContext context, string value, bool hasId, CredentialMatch id)
    {
        if (AccessKeySecretFormat.IsSecretValue(value))
        {
            // The whole literal is secret-shaped: it needs a name that says so, or an AccessKey ID that travels with it.
            // A name that makes it another provider's or another kind of secret, or something else altogether, wins.
            if (hasId || context.Node is not LiteralExpressionSyntax)
            {
                return false;
            }

            var name = ValueSlot.NameOf(context.Node, context.SemanticModel, context.CancellationToken);
            return !CredentialNames.NamesOtherSecret(name)
                && (CredentialNames.NamesAccessKeySecret(name)
                    || (!CredentialNames.NamesSomethingElse(name) && TravelsWithAccessKeyId(context.Node, name)));
        }

        // A secret inside a larger value: paired with an ID ("LTAI...:secret"), or under a key that names it ("AccessKeySecret=...").
        return EmbeddedSecrets.TryFind(value, hasId, id, out _);
    }

    /// <summary>
    /// An AccessKey ID literal in the same argument list, tuple, array or initializer, or in the declaration right
    /// before or after whose name makes the pair with this one ("AliyunAk" beside "AliyunSk").
    /// </summary>
    private static bool TravelsWithAccessKeyId(SyntaxNode literal, string? name)
    {
        if (ValueSlot.Neighbourhood(literal) is { } neighbourhood)
        {
            return ContainsAccessKeyId(neighbourhood, literal);
        }

        foreach (var (otherName, otherValue) in ValueSlot.AdjacentDeclarations(literal))
        {
            if (AccessKeyPairNames.MakePair(otherName, name) && ContainsAccessKeyId(otherValue, literal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAccessKeyId(SyntaxNode node, SyntaxNode literal)
    {
        foreach (var token in node.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.StringLiteralToken) && token.Span != literal.Span && AccessKeyIdFormat.TryFind(token.ValueText, out _))
            {
                return true;
            }
        }

        return false;
    }
}
