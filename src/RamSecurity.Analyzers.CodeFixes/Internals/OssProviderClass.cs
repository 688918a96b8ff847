using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace RamSecurity.Analyzers.CodeFixes.Internals;

/// <summary>
/// The class that gives OssClient (SDK V1) temporary credentials: an <c>ICredentialsProvider</c> over an
/// <c>Aliyun.Credentials.Client</c>. OssClient asks its provider before every request, so the credentials are renewed
/// for the client's whole life. One per project, in its own file: in the project's root namespace and folder, or,
/// where the project names no root namespace, in the namespace and folder of the first file fixed.
/// </summary>
internal sealed class OssProviderClass
{
    public const string Name = "OssCredentialsProvider";
    private const string OssProviderInterface = "Aliyun.OSS.Common.Authentication.ICredentialsProvider";

    private readonly string? _namespace;
    private readonly IReadOnlyList<string> _folders;
    private readonly string? _filePath;
    private readonly bool _fileScoped;
    private readonly string _newLine;

    private OssProviderClass(string? ns, IReadOnlyList<string> folders, string? filePath, bool fileScoped, string newLine, bool exists, bool usable, string qualifiedName)
    {
        _namespace = ns;
        _folders = folders;
        _filePath = filePath;
        _fileScoped = fileScoped;
        _newLine = newLine;
        Exists = exists;
        Usable = usable;
        QualifiedName = qualifiedName;
    }

    /// <summary>The project already has the class (an earlier fix added it).</summary>
    public bool Exists { get; }

    /// <summary>False when another type already has the name where the class would go.</summary>
    public bool Usable { get; }

    /// <summary><c>global::Namespace.OssCredentialsProvider</c>, for the simplifier to shorten.</summary>
    public string QualifiedName { get; }

    public static async Task<OssProviderClass> ForAsync(Document anchor, CancellationToken cancellationToken)
    {
        var project = anchor.Project;
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        var root = await anchor.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var text = await anchor.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var newLine = text.ToString().Contains("\r\n") ? "\r\n" : "\n";
        var fileScoped = root?.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<FileScopedNamespaceDeclarationSyntax>().Any() == true;

        var existing = compilation?.GetSymbolsWithName(Name, SymbolFilter.Type, cancellationToken).OfType<INamedTypeSymbol>().FirstOrDefault(IsProvider);
        if (existing is not null)
        {
            return new OssProviderClass(null, new string[0], null, fileScoped, newLine, exists: true, usable: true, existing.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
        }

        string? ns;
        IReadOnlyList<string> folders;
        string? directory;
        if (!string.IsNullOrEmpty(project.DefaultNamespace))
        {
            (ns, folders, directory) = (project.DefaultNamespace, new string[0], Path.GetDirectoryName(project.FilePath ?? anchor.FilePath ?? string.Empty));
        }
        else
        {
            ns = FirstNamespace(root);
            (folders, directory) = (anchor.Folders, Path.GetDirectoryName(anchor.FilePath ?? string.Empty));
        }

        var filePath = string.IsNullOrEmpty(directory) ? null : Path.Combine(directory, Name + ".cs");
        var metadataName = string.IsNullOrEmpty(ns) ? Name : ns + "." + Name;
        var usable = compilation?.GetTypeByMetadataName(metadataName) is null && !project.Documents.Any(d => d.FilePath == filePath || (d.Name == Name + ".cs" && d.Folders.SequenceEqual(folders)));
        return new OssProviderClass(ns, folders, filePath, fileScoped, newLine, exists: false, usable, "global::" + metadataName);
    }

    /// <summary>The project with the class's file added, unless it has it already.</summary>
    public Solution AddTo(Solution solution, ProjectId projectId)
    {
        if (Exists || !Usable)
        {
            return solution;
        }

        var id = DocumentId.CreateNewId(projectId, Name + ".cs");
        return solution.AddDocument(id, Name + ".cs", SourceText.From(Source()), _folders, _filePath);
    }

    private static bool IsProvider(INamedTypeSymbol type) =>
        type.AllInterfaces.Any(i => i.ToDisplayString() == OssProviderInterface)
        && type.InstanceConstructors.Any(c => c.Parameters.Length == 1 && c.Parameters[0].Type.ToDisplayString() == "Aliyun.Credentials.Client");

    /// <summary>The namespace of the file's first type: where the file's code lives, so the class is found without a using.</summary>
    private static string? FirstNamespace(SyntaxNode? root) =>
        root?.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<BaseNamespaceDeclarationSyntax>().LastOrDefault() is { } declaration
            ? string.Join(".", declaration.AncestorsAndSelf().OfType<BaseNamespaceDeclarationSyntax>().Reverse().Select(n => n.Name.ToString()))
            : null;

    private string Source()
    {
        var body = new[]
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

        var lines = new List<string> { "using Aliyun.OSS.Common.Authentication;", string.Empty };
        if (string.IsNullOrEmpty(_namespace))
        {
            lines.AddRange(body);
        }
        else if (_fileScoped)
        {
            lines.Add($"namespace {_namespace};");
            lines.Add(string.Empty);
            lines.AddRange(body);
        }
        else
        {
            lines.Add($"namespace {_namespace}");
            lines.Add("{");
            lines.AddRange(body.Select(line => line.Length == 0 ? line : "    " + line));
            lines.Add("}");
        }

        return string.Join(_newLine, lines) + _newLine;
    }
}
