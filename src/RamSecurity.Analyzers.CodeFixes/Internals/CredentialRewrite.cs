using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using RamSecurity.Analyzers.Sdk;

namespace RamSecurity.Analyzers.CodeFixes.Internals;

/// <summary>How one long-lived or root AccessKey pair is rewritten to temporary credentials, by the SDK family of the object that takes it.</summary>
internal sealed class CredentialRewrite
{
    private const string CredentialsClient = "Aliyun.Credentials.Client";
    private const string CoreDefaultChain = "Aliyun.Acs.Core.Auth.Provider.DefaultCredentialProvider";

    private readonly Family _family;
    private readonly BaseObjectCreationExpressionSyntax _creation;
    private readonly bool _rootAccount;

    private CredentialRewrite(Family family, BaseObjectCreationExpressionSyntax creation, bool rootAccount)
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

    public bool CanUseDefaultChain => _family switch
    {
        Family.CredentialsConfig => WrappingClient() is not null,
        _ => true,
    };

    public bool CanAssumeRole => _family is Family.OpenApiConfig or Family.CredentialsConfig;

    public static CredentialRewrite? From(SemanticModel? model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var creation = DiagnosedCreation.Find(model?.SyntaxTree.GetRoot(cancellationToken), diagnostic);
        if (model is null || creation is null || model.GetTypeInfo(creation, cancellationToken) is not { Type: INamedTypeSymbol type } info)
        {
            return null;
        }

        var rootAccount = diagnostic.Id == RuleIds.RootAccountCredential;
        switch (Metadata(type))
        {
            case AccountSecurityTable.OpenApiConfig when Member(creation, "AccessKeyId") is not null && Member(creation, "AccessKeySecret") is not null:
                return new CredentialRewrite(Family.OpenApiConfig, creation, rootAccount);
            case AccountSecurityTable.CredentialsConfig when Member(creation, AccountSecurityTable.CredentialsConfigTypeProperty) is not null:
                return new CredentialRewrite(Family.CredentialsConfig, creation, rootAccount);
            case "Aliyun.Acs.Core.Auth.AccessKeyCredentialProvider" when KeepsCompiling(creation, info):
                return new CredentialRewrite(Family.CoreProvider, creation, rootAccount);
            case "Aliyun.Acs.Core.Auth.BasicCredentials" when KeepsCompiling(creation, info):
                return new CredentialRewrite(Family.CoreCredentials, creation, rootAccount);
            default:
                return null;
        }
    }

    public void UseDefaultChain(DocumentEditor editor)
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

    public void AssumeRole(DocumentEditor editor, long seconds)
    {
        var sessionName = UseTemporaryCredentialsFix.SessionName(_creation);
        if (_family == Family.OpenApiConfig)
        {
            var id = _rootAccount ? Environment("ALIBABA_CLOUD_ACCESS_KEY_ID") : Member(_creation, "AccessKeyId")!.Right.WithoutTrivia().ToFullString();
            var secret = _rootAccount ? Environment("ALIBABA_CLOUD_ACCESS_KEY_SECRET") : Member(_creation, "AccessKeySecret")!.Right.WithoutTrivia().ToFullString();
            var roleClient = SyntaxFactory.ParseExpression(
                $"new {CredentialsClient}(new Aliyun.Credentials.Models.Config {{ Type = \"ram_role_arn\", AccessKeyId = {id}, AccessKeySecret = {secret}, " +
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
    private static bool KeepsCompiling(BaseObjectCreationExpressionSyntax creation, TypeInfo info) =>
        !SymbolEqualityComparer.Default.Equals(info.Type, info.ConvertedType)
        || creation.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Type.IsVar: true } } };

    private static AssignmentExpressionSyntax? Member(BaseObjectCreationExpressionSyntax creation, string name) =>
        creation.Initializer?.Expressions.OfType<AssignmentExpressionSyntax>().FirstOrDefault(a => a.Left is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == name);

    private static BaseObjectCreationExpressionSyntax WithoutMembers(BaseObjectCreationExpressionSyntax creation, params string[] names)
    {
        var initializer = creation.Initializer!;
        var expressions = initializer.Expressions;
        foreach (var member in expressions.OfType<AssignmentExpressionSyntax>().Where(a => a.Left is IdentifierNameSyntax identifier && names.Contains(identifier.Identifier.ValueText)).ToList())
        {
            expressions = expressions.Remove(expressions.First(e => e.IsEquivalentTo(member)));
        }

        return creation.WithInitializer(initializer.WithExpressions(expressions));
    }

    /// <summary>A plain read: the SDK's string properties are not nullable-annotated, and Aliyun.Credentials itself falls back to the environment.</summary>
    private static string Environment(string variable) => $"System.Environment.GetEnvironmentVariable(\"{variable}\")";

    private static AssignmentExpressionSyntax Assignment(string name, ExpressionSyntax value) =>
        SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName(name), value);

    private static string Metadata(INamedTypeSymbol type) => type.OriginalDefinition.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", string.Empty);
}
