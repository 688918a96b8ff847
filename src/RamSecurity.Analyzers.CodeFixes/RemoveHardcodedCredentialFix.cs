using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using RamSecurity.Analyzers.CodeFixes.Internals;
using RamSecurity.Analyzers.Internals;

namespace RamSecurity.Analyzers.CodeFixes;

/// <summary>
/// RAM001-RAM003: takes a hardcoded credential out of the code. A literal is replaced with a read of the environment
/// variable the SDK reads (<c>GetRequiredEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID")</c>, a small helper added
/// once to the type, which fails with the variable's name at the point of use); a value in a comment, documentation
/// comment or inactive region is redacted in place (<c>LTAI****</c>).
/// </summary>
/// <remarks>
/// One provider for both, with one equivalence key and one Fix All that fixes every finding of the ids in its own way:
/// <c>dotnet format analyzers</c> runs the providers of one id in turn against diagnostics computed once, so a second
/// provider of the same id would find its diagnostics stale and a key would survive the pass.
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveHardcodedCredentialFix)), Shared]
public sealed class RemoveHardcodedCredentialFix : CodeFixProvider
{
    internal const string EquivalenceKey = nameof(RemoveHardcodedCredentialFix);

    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIds.HardcodedAccessKeyId, RuleIds.HardcodedAccessKeySecret, RuleIds.HardcodedSecurityToken);

    // Null where nothing was fixed, so that a Fix All pass leaves such a document as it is (and dotnet format does not list it).
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        (context, document, diagnostics) => HardcodedCredentialRemoval.FixAsync(document, diagnostics, context.CancellationToken));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            string title;
            if (diagnostic.Properties.ContainsKey(DiagnosticPropertyKeys.Redactable))
            {
                title = "Redact the value in the comment";
            }
            else if (await HardcodedCredentialRemoval.CanReadFromEnvironmentAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false))
            {
                title = $"Read the value from the {diagnostic.Properties[DiagnosticPropertyKeys.EnvironmentVariable]} environment variable";
            }
            else
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    title,
                    async cancellationToken => await HardcodedCredentialRemoval.FixAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken).ConfigureAwait(false) ?? context.Document,
                    EquivalenceKey),
                diagnostic);
        }
    }
}
