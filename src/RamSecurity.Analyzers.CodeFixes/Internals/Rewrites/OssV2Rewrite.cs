using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;

namespace RamSecurity.Analyzers.CodeFixes.Internals.Rewrites;

/// <summary>
/// OSS SDK V2: <c>new StaticCredentialsProvider(id, secret)</c> becomes the SDK's <c>EnvironmentVariableCredentialsProvider()</c>,
/// or, where Aliyun.Credentials is referenced, a <c>CredentialsProviderFunc</c> over an Aliyun.Credentials client
/// (the pattern of the SDK's own sample), which the SDK calls before every request: temporary credentials, renewed.
/// The client is a local declared before the statement, so that it (and its cache) lives as long as the provider.
/// </summary>
internal sealed class OssV2Rewrite : CredentialRewrite
{
    private const string Namespace = "AlibabaCloud.OSS.V2.Credentials";

    private readonly SemanticModel _model;
    private readonly BaseObjectCreationExpressionSyntax _creation;
    private readonly StatementSyntax? _statement;
    private readonly bool _rootAccount;
    private readonly bool _keepsCompiling;

    private OssV2Rewrite(SemanticModel model, BaseObjectCreationExpressionSyntax creation, StatementSyntax? statement, bool rootAccount, bool keepsCompiling)
    {
        _model = model;
        _creation = creation;
        _statement = statement;
        _rootAccount = rootAccount;
        _keepsCompiling = keepsCompiling;
    }

    public override SyntaxNode Key => _creation;

    public override bool CanUseDefaultChain => _statement is not null && _keepsCompiling;

    public override bool CanAssumeRole => _statement is not null && _keepsCompiling;

    public override bool CanReadEnvironment => _keepsCompiling;

    public static CredentialRewrite? From(SemanticModel model, BaseObjectCreationExpressionSyntax creation, bool rootAccount, bool hasCredentials, CancellationToken cancellationToken)
    {
        if (creation.ArgumentList is not { Arguments.Count: 2 } arguments
            || arguments.Arguments.Any(a => a.NameColon is not null)
            || model.GetOperation(creation, cancellationToken) is not IObjectCreationOperation { Constructor.Parameters: var parameters }
            || parameters.Length != 2
            || parameters[0].Name != "accessKeyId"
            || parameters[1].Name != "accessKeySecret")
        {
            return null;
        }

        // The client local goes before the statement: not where the creation sits in a lambda or a field initializer.
        var statement = creation.FirstAncestorOrSelf<StatementSyntax>();
        // CredentialsProviderFunc came with 0.1.2 (0.1.x named it CredentialsProvideFunc, as it named StaticCredentialsProvide).
        var direct = hasCredentials
            && model.Compilation.GetTypeByMetadataName(Namespace + ".CredentialsProviderFunc") is not null
            && statement is not null
            && Statements.CanFollow(statement)
            && !creation.Ancestors().TakeWhile(a => a != statement).Any(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax);
        return new OssV2Rewrite(model, creation, direct ? statement : null, rootAccount, InitializerRewrite.KeepsCompiling(creation, model.GetTypeInfo(creation, cancellationToken)));
    }

    public override void ReadEnvironment(DocumentEditor editor) =>
        editor.ReplaceNode(_creation, Reduced(SyntaxFactory.ObjectCreationExpression(Imported(Namespace + ".EnvironmentVariableCredentialsProvider")).WithArgumentList(SyntaxFactory.ArgumentList())).WithTriviaFrom(_creation));

    public override void UseDefaultChain(DocumentEditor editor, RewriteOptions options) =>
        Replace(editor, SyntaxFactory.ParseExpression($"new {CredentialsClient}()"));

    public override void AssumeRole(DocumentEditor editor, RewriteOptions options)
    {
        var arguments = _creation.ArgumentList!.Arguments;
        var id = _rootAccount ? Environment("ALIBABA_CLOUD_ACCESS_KEY_ID") : arguments[0].Expression.WithoutTrivia().ToFullString();
        var secret = _rootAccount ? Environment("ALIBABA_CLOUD_ACCESS_KEY_SECRET") : arguments[1].Expression.WithoutTrivia().ToFullString();
        Replace(editor, RoleClient(id, secret, UseTemporaryCredentialsFix.SessionName(_creation), options.Seconds));
    }

    /// <summary><c>var credentialsClient = client;</c> before the statement, and the provider a function over it.</summary>
    private void Replace(DocumentEditor editor, ExpressionSyntax client)
    {
        var statement = _statement!;
        var clientName = FreeName(_model, statement, "credentialsClient");
        var credentialName = FreeName(_model, statement, "credential");
        var declaration = SyntaxFactory.ParseStatement($"var {clientName} = {client.ToFullString()};");
        var indentation = statement.GetLeadingTrivia().Reverse().TakeWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse().ToList();
        var lineEnd = statement.GetTrailingTrivia().Where(t => t.IsKind(SyntaxKind.EndOfLineTrivia)).Take(1).ToList();

        // The formatter keeps a lambda body where it finds it, relative to the statement: so it is laid out here, one level in.
        var outer = string.Concat(indentation.Select(t => t.ToFullString()));
        var inner = outer + (outer.Contains("\t") ? "\t" : "    ");
        var newLine = lineEnd.Count > 0 ? lineEnd[0].ToFullString() : "\n";
        var provider = SyntaxFactory.ParseExpression(
            $"new {Namespace}.CredentialsProviderFunc(() =>{newLine}{outer}{{{newLine}{inner}var {credentialName} = {clientName}.GetCredential();{newLine}" +
            $"{inner}return new global::{Namespace}.Credentials({credentialName}.AccessKeyId, {credentialName}.AccessKeySecret, {credentialName}.SecurityToken);{newLine}{outer}}})");
        var inserted = Reduced(declaration).WithLeadingTrivia(indentation).WithTrailingTrivia(lineEnd);
        editor.InsertBefore(Statements.Anchor(statement), statement.Parent is GlobalStatementSyntax ? SyntaxFactory.GlobalStatement(inserted) : inserted);
        editor.ReplaceNode(_creation, Reduced(provider).WithTriviaFrom(_creation));
    }
}
