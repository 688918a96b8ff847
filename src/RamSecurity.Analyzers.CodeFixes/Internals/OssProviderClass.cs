using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace RamSecurity.Analyzers.CodeFixes.Internals;

/// <summary>
/// The class that gives OssClient (SDK V1) temporary credentials: an <c>ICredentialsProvider</c> over an
/// <c>Aliyun.Credentials.Client</c>. OssClient asks its provider before every request, so the credentials are renewed
/// for the client's whole life. One per project, at the end of the file of the first client fixed, in that client's
/// namespace. Not a file of its own: MSBuildWorkspace (dotnet format) would add a Compile item for a new document to
/// the project file, and an SDK-style project, which compiles its files by glob, would then fail with NETSDK1022.
/// </summary>
internal sealed class OssProviderClass
{
    public const string Name = "OssCredentialsProvider";
    private const string AuthenticationNamespace = "Aliyun.OSS.Common.Authentication";
    private static readonly string[] AuthenticationTypes = { "ICredentialsProvider", "ICredentials", "DefaultCredentials" };

    private readonly int _namespaceIndex;
    private readonly string _indent;
    private readonly string _newLine;

    private OssProviderClass(DocumentId document, int namespaceIndex, string indent, string newLine, bool exists, bool usable, string qualifiedName)
    {
        Document = document;
        _namespaceIndex = namespaceIndex;
        _indent = indent;
        _newLine = newLine;
        Exists = exists;
        Usable = usable;
        QualifiedName = qualifiedName;
    }

    /// <summary>The file the class goes at the end of.</summary>
    public DocumentId Document { get; }

    /// <summary>The project already has the class (an earlier fix added it).</summary>
    public bool Exists { get; }

    /// <summary>False when another type already has the name.</summary>
    public bool Usable { get; }

    /// <summary><c>global::Namespace.OssCredentialsProvider</c>, for the simplifier to shorten.</summary>
    public string QualifiedName { get; }

    /// <summary>The class for the project of <paramref name="anchor"/>, placed in the namespace around <paramref name="position"/>.</summary>
    public static async Task<OssProviderClass> ForAsync(Document anchor, int position, CancellationToken cancellationToken)
    {
        var compilation = await anchor.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        var root = await anchor.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var text = await anchor.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var newLine = text.ToString().Contains("\r\n") ? "\r\n" : "\n";

        var named = compilation?.GetSymbolsWithName(Name, SymbolFilter.Type, cancellationToken).OfType<INamedTypeSymbol>().ToList() ?? new List<INamedTypeSymbol>();
        if (named.FirstOrDefault(IsProvider) is { } existing)
        {
            return new OssProviderClass(anchor.Id, -1, string.Empty, newLine, exists: true, usable: true, existing.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
        }

        var namespaces = Namespaces(root).ToList();
        var around = namespaces.LastOrDefault(n => n.FullSpan.Contains(position));
        var ns = around is null ? null : string.Join(".", around.AncestorsAndSelf().OfType<BaseNamespaceDeclarationSyntax>().Reverse().Select(n => n.Name.ToString()));
        var indent = new string(' ', 4 * (around?.AncestorsAndSelf().OfType<NamespaceDeclarationSyntax>().Count() ?? 0));
        var metadataName = string.IsNullOrEmpty(ns) ? Name : ns + "." + Name;
        var usable = named.Count == 0 && compilation?.GetTypeByMetadataName(metadataName) is null;
        return new OssProviderClass(anchor.Id, around is null ? -1 : namespaces.IndexOf(around), indent, newLine, exists: false, usable, "global::" + metadataName);
    }

    /// <summary>The anchor file's (rewritten) root with the class as its namespace's last member, unless the project has it already.</summary>
    public SyntaxNode AddTo(SyntaxNode root)
    {
        if (Exists || !Usable || root is not CompilationUnitSyntax unit)
        {
            return root;
        }

        // The rewrites add or remove no namespace, so the anchor's namespace has the same place among them.
        if (_namespaceIndex >= 0 && Namespaces(unit).ElementAtOrDefault(_namespaceIndex) is { } ns)
        {
            return unit.ReplaceNode(ns, ns.AddMembers(Member(ns is NamespaceDeclarationSyntax block ? block.CloseBraceToken : unit.EndOfFileToken, unit)));
        }

        return unit.AddMembers(Member(unit.EndOfFileToken, unit));
    }

    private static IEnumerable<BaseNamespaceDeclarationSyntax> Namespaces(SyntaxNode? root) =>
        root?.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<BaseNamespaceDeclarationSyntax>() ?? Enumerable.Empty<BaseNamespaceDeclarationSyntax>();

    private static bool IsProvider(INamedTypeSymbol type) =>
        type.AllInterfaces.Any(i => i.ToDisplayString() == AuthenticationNamespace + ".ICredentialsProvider")
        && type.InstanceConstructors.Any(c => c.Parameters.Length == 1 && c.Parameters[0].Type.ToDisplayString() == "Aliyun.Credentials.Client");

    /// <summary>
    /// The class, after a blank line, before <paramref name="next"/> (the namespace's close brace or the end of the file).
    /// Its OSS names are left to the simplifier and an added <c>using</c>, as the rewrites' SDK names are.
    /// </summary>
    private MemberDeclarationSyntax Member(SyntaxToken next, CompilationUnitSyntax unit)
    {
        var previous = next.GetPreviousToken();
        var endsLine = previous.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia);
        var atEnd = next.IsKind(SyntaxKind.EndOfFileToken);
        var source = (endsLine ? _newLine : _newLine + _newLine)
            + string.Join(_newLine, Body().Select(line => line.Length == 0 ? line : _indent + line))
            + (atEnd && !endsLine ? string.Empty : _newLine);
        var member = SyntaxFactory.ParseMemberDeclaration(source, options: unit.SyntaxTree.Options)!;
        return member.ReplaceNodes(
            member.DescendantNodes().OfType<IdentifierNameSyntax>().Where(n => AuthenticationTypes.Contains(n.Identifier.ValueText) && n.Parent is not QualifiedNameSyntax),
            (original, _) => SyntaxFactory.ParseTypeName("global::" + AuthenticationNamespace + "." + original.Identifier.ValueText)
                .WithTriviaFrom(original)
                .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation));
    }

    private static IEnumerable<string> Body() => new[]
    {
        "/// <summary>",
        "/// Temporary credentials for <see cref=\"Aliyun.OSS.OssClient\"/> from Aliyun.Credentials (the default credential",
        "/// chain, or a RAM role): OssClient asks its provider before every request, so the credentials are renewed before",
        "/// they expire, for the client's whole life.",
        "/// </summary>",
        $"internal sealed class {Name} : ICredentialsProvider",
        "{",
        "    private readonly Aliyun.Credentials.Client _credentials;",
        string.Empty,
        $"    public {Name}(Aliyun.Credentials.Client credentials) => _credentials = credentials;",
        string.Empty,
        "    public ICredentials GetCredentials()",
        "    {",
        "        var credential = _credentials.GetCredential();",
        "        return new DefaultCredentials(credential.AccessKeyId, credential.AccessKeySecret, credential.SecurityToken);",
        "    }",
        string.Empty,
        "    // OssClient.SwitchCredentials would pin one static pair again, which the provider exists to avoid.",
        "    public void SetCredentials(ICredentials creds) =>",
        $"        throw new System.NotSupportedException(\"{Name} renews its credentials itself.\");",
        "}",
    };
}
