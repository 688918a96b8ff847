using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;

namespace RamSecurity.Analyzers.CodeFixes.Internals.Rewrites;

/// <summary>
/// OSS SDK V1: <c>new OssClient(endpoint, id, secret[, configuration])</c>, string or Uri endpoint, becomes the
/// <c>ICredentialsProvider</c> overload with the project's <see cref="OssProviderClass"/> over an Aliyun.Credentials
/// client: <c>new OssClient(endpoint, new OssCredentialsProvider(new Aliyun.Credentials.Client())[, configuration])</c>.
/// </summary>
internal sealed class OssClientRewrite : CredentialRewrite
{
    private readonly ArgumentListSyntax _arguments;
    private readonly bool _rootAccount;

    private OssClientRewrite(ArgumentListSyntax arguments, bool rootAccount)
    {
        _arguments = arguments;
        _rootAccount = rootAccount;
    }

    public override SyntaxNode Key => _arguments.Parent!;

    public override bool CanUseDefaultChain => true;

    public override bool CanAssumeRole => true;

    public override bool NeedsOssProvider => true;

    /// <summary>Only the static-pair overloads with their arguments in order; the provider class needs Aliyun.Credentials.</summary>
    public static CredentialRewrite? From(SemanticModel model, BaseObjectCreationExpressionSyntax creation, bool rootAccount, bool hasCredentials, CancellationToken cancellationToken)
    {
        if (!hasCredentials
            || creation.ArgumentList is not { } arguments
            || arguments.Arguments.Any(a => a.NameColon is not null)
            || model.GetOperation(creation, cancellationToken) is not IObjectCreationOperation { Constructor.Parameters: var parameters }
            || parameters.Length != arguments.Arguments.Count
            || parameters.Length is not (3 or 4)
            || parameters[1].Name != "accessKeyId"
            || parameters[2].Name != "accessKeySecret"
            || (parameters.Length == 4 && parameters[3].Type.Name != "ClientConfiguration"))
        {
            return null;
        }

        return new OssClientRewrite(arguments, rootAccount);
    }

    public override void UseDefaultChain(DocumentEditor editor, RewriteOptions options) =>
        Replace(editor, $"new {CredentialsClient}()", options);

    public override void AssumeRole(DocumentEditor editor, RewriteOptions options)
    {
        var id = _rootAccount ? Environment("ALIBABA_CLOUD_ACCESS_KEY_ID") : _arguments.Arguments[1].Expression.WithoutTrivia().ToFullString();
        var secret = _rootAccount ? Environment("ALIBABA_CLOUD_ACCESS_KEY_SECRET") : _arguments.Arguments[2].Expression.WithoutTrivia().ToFullString();
        var client = RoleClient(id, secret, UseTemporaryCredentialsFix.SessionName(_arguments), options.Seconds);
        Replace(editor, client.ToFullString(), options);
    }

    /// <summary>The ID argument becomes the provider, and the secret argument goes, with the comma before it.</summary>
    private void Replace(DocumentEditor editor, string client, RewriteOptions options)
    {
        var id = _arguments.Arguments[1];
        var provider = Reduced(SyntaxFactory.ParseExpression($"new {options.OssProvider.QualifiedName}({client})"));
        var arguments = _arguments.Arguments.Replace(id, id.WithExpression(provider.WithTriviaFrom(id.Expression)));
        var secret = arguments[2];
        var withoutSecret = SyntaxFactory.SeparatedList(arguments.Where(a => a != secret), arguments.GetSeparators().Where((_, i) => i != 1));
        if (arguments.Count == 3)
        {
            // new OssClient(endpoint, id, secret): the ID argument, now last, takes the secret's trailing trivia.
            withoutSecret = withoutSecret.Replace(withoutSecret[1], withoutSecret[1].WithTrailingTrivia(secret.GetTrailingTrivia()));
        }

        editor.ReplaceNode(_arguments, _arguments.WithArguments(withoutSecret));
    }
}
