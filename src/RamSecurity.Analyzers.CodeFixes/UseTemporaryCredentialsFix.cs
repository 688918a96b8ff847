using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using RamSecurity.Analyzers.CodeFixes.Internals;
using RamSecurity.Analyzers.Sdk;

namespace RamSecurity.Analyzers.CodeFixes;

/// <summary>
/// RAM005 and RAM004: replaces a long-lived (or root) AccessKey pair with temporary credentials, two ways where the
/// SDK offers them: <b>use the default credential chain</b> (OpenApiClient's <c>Credential = new Aliyun.Credentials.Client()</c>,
/// core's <c>DefaultCredentialProvider</c>), or <b>assume a RAM role (STS)</b> (an Aliyun.Credentials
/// <c>ram_role_arn</c> Config whose role ARN comes from ALIBABA_CLOUD_ROLE_ARN, with an explicit session duration).
/// OssClient, <c>DefaultProfile.GetProfile</c> and the legacy credential classes get no fix: the SDK offers no sound rewrite.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseTemporaryCredentialsFix)), Shared]
public sealed class UseTemporaryCredentialsFix : CodeFixProvider
{
    internal const string DefaultChainKey = nameof(UseTemporaryCredentialsFix) + ":DefaultChain";
    internal const string AssumeRoleKey = nameof(UseTemporaryCredentialsFix) + ":AssumeRole";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.LongLivedAccessKey, RuleIds.RootAccountCredential);

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        async (context, document, diagnostics) => await FixAsync(document, diagnostics, context.CodeActionEquivalenceKey == AssumeRoleKey, context.CancellationToken).ConfigureAwait(false));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (CredentialRewrite.From(model, diagnostic, context.CancellationToken) is not { } rewrite)
            {
                continue;
            }

            if (rewrite.CanUseDefaultChain)
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Use the default credential chain", c => FixAsync(context.Document, ImmutableArray.Create(diagnostic), assumeRole: false, c), DefaultChainKey),
                    diagnostic);
            }

            if (rewrite.CanAssumeRole)
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Assume a RAM role (STS) named by ALIBABA_CLOUD_ROLE_ARN", c => FixAsync(context.Document, ImmutableArray.Create(diagnostic), assumeRole: true, c), AssumeRoleKey),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, bool assumeRole, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var options = document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(editor.OriginalRoot.SyntaxTree);
        var seconds = SessionDurationPolicy.From(options).FixSeconds;
        foreach (var diagnostic in diagnostics)
        {
            if (CredentialRewrite.From(editor.SemanticModel, diagnostic, cancellationToken) is not { } rewrite)
            {
                continue;
            }

            if (assumeRole && rewrite.CanAssumeRole)
            {
                rewrite.AssumeRole(editor, seconds);
            }
            else if (!assumeRole && rewrite.CanUseDefaultChain)
            {
                rewrite.UseDefaultChain(editor);
            }
        }

        return editor.GetChangedDocument();
    }

    internal static string SessionName(SyntaxNode node)
    {
        var type = node.Ancestors().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault()?.Identifier.ValueText ?? "app";
        var name = new string(type.Where(c => c < 128 && (char.IsLetterOrDigit(c) || c is '.' or '@' or '-' or '_')).Take(64).ToArray());
        return name.Length >= 2 ? name : "app-session";
    }

    internal static string Seconds(long seconds) => seconds.ToString(CultureInfo.InvariantCulture);
}
