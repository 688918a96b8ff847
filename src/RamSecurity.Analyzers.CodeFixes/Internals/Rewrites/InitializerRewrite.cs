using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using RamSecurity.Analyzers.Sdk;

namespace RamSecurity.Analyzers.CodeFixes.Internals.Rewrites;

/// <summary>
/// The pair in an object initializer (OpenApiClient's and Aliyun.Credentials' Config), or core's static provider and
/// credentials, each replaced where it stands.
/// </summary>
internal sealed class InitializerRewrite : CredentialRewrite
{
    internal const string CoreDefaultChain = "Aliyun.Acs.Core.Auth.Provider.DefaultCredentialProvider";

    private readonly Family _family;
    private readonly BaseObjectCreationExpressionSyntax _creation;
    private readonly bool _rootAccount;

    private InitializerRewrite(Family family, BaseObjectCreationExpressionSyntax creation, bool rootAccount)
    {
        _family = family;
        _creation = creation;
        _rootAccount = rootAccount;
    }

    private enum Family
    {
        OpenApiConfig,
        CredentialsConfig,
        CoreProvider,
        CoreCredentials,
    }

    public override SyntaxNode Key => _creation;

    public override bool CanUseDefaultChain => _family switch
    {
        Family.CredentialsConfig => WrappingClient() is not null,
        _ => true,
    };

    public override bool CanAssumeRole => _family is Family.OpenApiConfig or Family.CredentialsConfig;

    /// <summary>The rewrite for a pair set in the creation itself, or null (the pair is set by later statements, or the type is another).</summary>
    public static CredentialRewrite? From(BaseObjectCreationExpressionSyntax creation, INamedTypeSymbol type, TypeInfo info, bool rootAccount, bool hasCredentials)
    {
        switch (Metadata(type))
        {
            // The default chain and the role both live in Aliyun.Credentials, a dependency of OpenApiClient that a project may still lack.
            case AccountSecurityTable.OpenApiConfig when hasCredentials && Member(creation, "AccessKeyId") is not null && Member(creation, "AccessKeySecret") is not null:
                return new InitializerRewrite(Family.OpenApiConfig, creation, rootAccount);
            case AccountSecurityTable.CredentialsConfig when Member(creation, AccountSecurityTable.CredentialsConfigTypeProperty) is not null:
                return new InitializerRewrite(Family.CredentialsConfig, creation, rootAccount);
            case "Aliyun.Acs.Core.Auth.AccessKeyCredentialProvider" when KeepsCompiling(creation, info):
                return new InitializerRewrite(Family.CoreProvider, creation, rootAccount);
            case "Aliyun.Acs.Core.Auth.BasicCredentials" when KeepsCompiling(creation, info):
                return new InitializerRewrite(Family.CoreCredentials, creation, rootAccount);
            default:
                return null;
        }
    }

    public override void UseDefaultChain(DocumentEditor editor, RewriteOptions options)
    {
        switch (_family)
        {
            case Family.OpenApiConfig:
                editor.ReplaceNode(_creation, (node, _) => ObjectInitializers.WithMember(
                    WithoutMembers((BaseObjectCreationExpressionSyntax)node, "AccessKeyId", "AccessKeySecret"),
                    Assignment("Credential", SyntaxFactory.ParseExpression($"new {CredentialsClient}()"))));
                break;
            case Family.CredentialsConfig:
                var client = WrappingClient()!;
                editor.ReplaceNode(client, client.WithArgumentList(SyntaxFactory.ArgumentList()).WithInitializer(null).WithTriviaFrom(client));
                break;
            case Family.CoreProvider:
                editor.ReplaceNode(_creation, SyntaxFactory.ParseExpression($"new {CoreDefaultChain}()").WithTriviaFrom(_creation));
                break;
            default:
                editor.ReplaceNode(_creation, SyntaxFactory.ParseExpression($"new {CoreDefaultChain}().GetCredentials()").WithTriviaFrom(_creation));
                break;
        }
    }

    public override void AssumeRole(DocumentEditor editor, RewriteOptions options)
    {
        var seconds = options.Seconds;
        var sessionName = UseTemporaryCredentialsFix.SessionName(_creation);
        if (_family == Family.OpenApiConfig)
        {
            var id = _rootAccount ? Environment("ALIBABA_CLOUD_ACCESS_KEY_ID") : Member(_creation, "AccessKeyId")!.Right.WithoutTrivia().ToFullString();
            var secret = _rootAccount ? Environment("ALIBABA_CLOUD_ACCESS_KEY_SECRET") : Member(_creation, "AccessKeySecret")!.Right.WithoutTrivia().ToFullString();
            // An initializer laid out one member a line gets the role Config in that layout; a one-line one stays on one line.
            var roleClient = _creation.Initializer!.GetText().Lines.Count > 1
                ? RoleClient(id, secret, sessionName, seconds)
                : SyntaxFactory.ParseExpression(
                    $"new {CredentialsClient}(new {CredentialsConfig} {{ Type = \"ram_role_arn\", AccessKeyId = {id}, AccessKeySecret = {secret}, " +
                    $"RoleArn = {Environment("ALIBABA_CLOUD_ROLE_ARN")}, RoleSessionName = \"{sessionName}\", RoleSessionExpiration = {UseTemporaryCredentialsFix.Seconds(seconds)} }})");
            editor.ReplaceNode(_creation, (node, _) => ObjectInitializers.WithMember(
                WithoutMembers((BaseObjectCreationExpressionSyntax)node, "AccessKeyId", "AccessKeySecret"),
                Assignment("Credential", roleClient)));
            return;
        }

        editor.ReplaceNode(_creation, (node, _) =>
        {
            var creation = (BaseObjectCreationExpressionSyntax)node;
            var type = Member(creation, AccountSecurityTable.CredentialsConfigTypeProperty)!;
            creation = creation.ReplaceNode(type.Right, SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal("ram_role_arn")).WithTriviaFrom(type.Right));
            if (_rootAccount)
            {
                creation = WithoutMembers(creation, "AccessKeyId", "AccessKeySecret");
            }

            foreach (var (name, value) in new[]
            {
                ("RoleArn", SyntaxFactory.ParseExpression(Environment("ALIBABA_CLOUD_ROLE_ARN"))),
                ("RoleSessionName", SyntaxFactory.ParseExpression($"\"{sessionName}\"")),
                ("RoleSessionExpiration", SyntaxFactory.ParseExpression(UseTemporaryCredentialsFix.Seconds(seconds))),
            })
            {
                creation = Member(creation, name) is null ? ObjectInitializers.WithMember(creation, Assignment(name, value)) : creation;
            }

            return creation;
        });
    }

    /// <summary><c>new Aliyun.Credentials.Client(config)</c> around the Config, whose argument the default chain makes unnecessary.</summary>
    private ObjectCreationExpressionSyntax? WrappingClient() =>
        _creation.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: ObjectCreationExpressionSyntax client } }
        && client.Type.ToString().EndsWith("Client", System.StringComparison.Ordinal) ? client : null;

    /// <summary>The default chain's type differs from the one created: only where the value is used as its base type, or held by <c>var</c>.</summary>
    internal static bool KeepsCompiling(BaseObjectCreationExpressionSyntax creation, TypeInfo info) =>
        !SymbolEqualityComparer.Default.Equals(info.Type, info.ConvertedType)
        || creation.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Type.IsVar: true } } };

    internal static AssignmentExpressionSyntax? Member(BaseObjectCreationExpressionSyntax creation, string name) =>
        creation.Initializer?.Expressions.OfType<AssignmentExpressionSyntax>().FirstOrDefault(a => a.Left is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == name);

    internal static BaseObjectCreationExpressionSyntax WithoutMembers(BaseObjectCreationExpressionSyntax creation, params string[] names)
    {
        var initializer = creation.Initializer!;
        var expressions = initializer.Expressions;
        foreach (var member in expressions.OfType<AssignmentExpressionSyntax>().Where(a => a.Left is IdentifierNameSyntax identifier && names.Contains(identifier.Identifier.ValueText)).ToList())
        {
            expressions = expressions.Remove(expressions.First(e => e.IsEquivalentTo(member)));
        }

        return creation.WithInitializer(initializer.WithExpressions(expressions));
    }
}
