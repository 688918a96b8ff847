using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using RamSecurity.Analyzers.CodeFixes.Internals;
using RamSecurity.Analyzers.Sdk;
using RamSecurity.Analyzers.Sessions;

namespace RamSecurity.Analyzers.CodeFixes;

/// <summary>
/// RAM005 and RAM004: replaces a long-lived (or root) AccessKey pair with temporary credentials, two ways where the
/// SDK offers them: <b>use the default credential chain</b> (OpenApiClient's <c>Credential = new Aliyun.Credentials.Client()</c>,
/// core's <c>DefaultCredentialProvider</c>, OssClient's provider overload over an Aliyun.Credentials client), or
/// <b>assume a RAM role (STS)</b> (an Aliyun.Credentials <c>ram_role_arn</c> Config whose role ARN comes from
/// ALIBABA_CLOUD_ROLE_ARN, or core's <c>STSAssumeRoleSessionCredentialsProvider</c>, with an explicit session duration).
/// OSS SDK V2's static provider can also become its environment provider. The shapes are in Internals/Rewrites;
/// OssClient's provider class is added to the project once, at the end of the first fixed client's file (<see cref="OssProviderClass"/>), also by Fix All.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseTemporaryCredentialsFix)), Shared]
public sealed class UseTemporaryCredentialsFix : CodeFixProvider
{
    internal const string DefaultChainKey = nameof(UseTemporaryCredentialsFix) + ":DefaultChain";
    internal const string AssumeRoleKey = nameof(UseTemporaryCredentialsFix) + ":AssumeRole";
    internal const string ReadEnvironmentKey = nameof(UseTemporaryCredentialsFix) + ":ReadEnvironment";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.LongLivedAccessKey, RuleIds.RootAccountCredential);

    public override FixAllProvider GetFixAllProvider() => CredentialsFixAllProvider.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        OssProviderClass? provider = null;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (CredentialRewrite.From(model, diagnostic, context.CancellationToken) is not { } rewrite)
            {
                continue;
            }

            // OssClient's fix names a class of the project: none where another type has taken its name.
            provider ??= rewrite.NeedsOssProvider ? await OssProviderClass.ForAsync(document, diagnostic.Location.SourceSpan.Start, context.CancellationToken).ConfigureAwait(false) : null;
            if (rewrite.NeedsOssProvider && provider?.Usable != true)
            {
                continue;
            }

            foreach (var (variant, can, title) in new[]
            {
                (CredentialVariant.DefaultChain, rewrite.CanUseDefaultChain, "Use the default credential chain"),
                (CredentialVariant.AssumeRole, rewrite.CanAssumeRole, "Assume a RAM role (STS) named by ALIBABA_CLOUD_ROLE_ARN"),
                (CredentialVariant.ReadEnvironment, rewrite.CanReadEnvironment, "Read the credentials from OSS_ACCESS_KEY_ID and OSS_ACCESS_KEY_SECRET"),
            })
            {
                if (can)
                {
                    var fix = ImmutableArray.Create((document.Id, ImmutableArray.Create(diagnostic)));
                    context.RegisterCodeFix(CodeAction.Create(title, c => FixAsync(document.Project.Solution, fix, variant, c), EquivalenceKey(variant)), diagnostic);
                }
            }
        }
    }

    internal static string EquivalenceKey(CredentialVariant variant) => variant switch
    {
        CredentialVariant.AssumeRole => AssumeRoleKey,
        CredentialVariant.ReadEnvironment => ReadEnvironmentKey,
        _ => DefaultChainKey,
    };

    /// <summary>Rewrites each document's diagnosed pairs, adds OssClient's provider class once to each project that needs it, then tidies the changed code.</summary>
    internal static async Task<Solution> FixAsync(Solution solution, ImmutableArray<(DocumentId Document, ImmutableArray<Diagnostic> Diagnostics)> fixes, CredentialVariant variant, CancellationToken cancellationToken)
    {
        var providers = await ProvidersAsync(solution, fixes, variant, cancellationToken).ConfigureAwait(false);
        var changed = new List<(DocumentId Id, SyntaxNode Root)>();
        var needProvider = new HashSet<ProjectId>();
        foreach (var (id, diagnostics) in fixes)
        {
            if (solution.GetDocument(id) is not { } document)
            {
                continue;
            }

            var provider = providers[document.Project.Id];
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            var config = document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(editor.OriginalRoot.SyntaxTree);
            var options = new RewriteOptions(SessionDurationPolicy.From(config).FixSeconds, provider);
            var done = new HashSet<SyntaxNode>();
            foreach (var diagnostic in diagnostics)
            {
                if (CredentialRewrite.From(editor.SemanticModel, diagnostic, cancellationToken) is not { } rewrite
                    || (rewrite.NeedsOssProvider && !provider.Usable)
                    || !done.Add(rewrite.Key))
                {
                    continue;
                }

                if (!Applies(rewrite, variant))
                {
                    continue;
                }

                switch (variant)
                {
                    case CredentialVariant.AssumeRole:
                        rewrite.AssumeRole(editor, options);
                        break;
                    case CredentialVariant.DefaultChain:
                        rewrite.UseDefaultChain(editor, options);
                        break;
                    default:
                        rewrite.ReadEnvironment(editor);
                        break;
                }

                if (rewrite.NeedsOssProvider)
                {
                    needProvider.Add(document.Project.Id);
                }
            }

            changed.Add((id, editor.GetChangedRoot()));
        }

        // The class goes at the end of its anchor's file, which a rewrite has changed: a file, not a new document, for dotnet format.
        foreach (var (id, root) in changed)
        {
            var document = solution.GetDocument(id)!;
            var provider = providers[document.Project.Id];
            var withClass = needProvider.Contains(document.Project.Id) && provider.Document == id ? provider.AddTo(root) : root;
            solution = solution.WithDocumentSyntaxRoot(id, withClass);
        }

        // With the class in the project, its full name reduces to the simple one, as the SDK's names do where a using allows.
        foreach (var (id, _) in changed)
        {
            var document = solution.GetDocument(id)!;
            document = await ImportAdder.AddImportsAsync(document, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            document = await Simplifier.ReduceAsync(document, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            document = await Formatter.FormatAsync(document, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            solution = document.Project.Solution;
        }

        return solution;
    }

    /// <summary>
    /// Each project's provider class, anchored at its first OssClient fixed in file path order (then position), so that
    /// one fix and every Fix All scope put the class in the same place. A project without one gets its first file's.
    /// </summary>
    private static async Task<Dictionary<ProjectId, OssProviderClass>> ProvidersAsync(Solution solution, ImmutableArray<(DocumentId Document, ImmutableArray<Diagnostic> Diagnostics)> fixes, CredentialVariant variant, CancellationToken cancellationToken)
    {
        var providers = new Dictionary<ProjectId, OssProviderClass>();
        var documents = fixes
            .Select(fix => (Document: solution.GetDocument(fix.Document), fix.Diagnostics))
            .Where(fix => fix.Document is not null)
            .OrderBy(fix => fix.Document!.FilePath ?? fix.Document.Name, System.StringComparer.Ordinal);
        foreach (var group in documents.GroupBy(fix => fix.Document!.Project.Id))
        {
            OssProviderClass? provider = null;
            foreach (var (document, diagnostics) in group)
            {
                var model = await document!.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                var first = diagnostics
                    .OrderBy(d => d.Location.SourceSpan.Start)
                    .FirstOrDefault(d => CredentialRewrite.From(model, d, cancellationToken) is { NeedsOssProvider: true } rewrite && Applies(rewrite, variant));
                if (first is not null)
                {
                    provider = await OssProviderClass.ForAsync(document, first.Location.SourceSpan.Start, cancellationToken).ConfigureAwait(false);
                    break;
                }
            }

            providers[group.Key] = provider ?? await OssProviderClass.ForAsync(group.First().Document!, 0, cancellationToken).ConfigureAwait(false);
        }

        return providers;
    }

    private static bool Applies(CredentialRewrite rewrite, CredentialVariant variant) => variant switch
    {
        CredentialVariant.AssumeRole => rewrite.CanAssumeRole,
        CredentialVariant.DefaultChain => rewrite.CanUseDefaultChain,
        CredentialVariant.ReadEnvironment => rewrite.CanReadEnvironment,
        _ => false,
    };

    internal static string SessionName(SyntaxNode node)
    {
        var type = node.Ancestors().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault()?.Identifier.ValueText ?? "app";
        var name = new string(type.Where(c => c < 128 && (char.IsLetterOrDigit(c) || c is '.' or '@' or '-' or '_')).Take(64).ToArray());
        return name.Length >= 2 ? name : "app-session";
    }

    internal static string Seconds(long seconds) => seconds.ToString(CultureInfo.InvariantCulture);
}
