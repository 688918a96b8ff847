using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;

namespace RamSecurity.Analyzers.CodeFixes.Internals.Rewrites;

/// <summary>
/// Core V1: <c>DefaultProfile.GetProfile(region, id, secret)</c> whose profile goes only to <c>new DefaultAcsClient(profile)</c>
/// in the same block (or inline) becomes <c>GetProfile(region)</c>, and each client gets a credentials provider:
/// <c>new DefaultAcsClient(profile, new DefaultCredentialProvider())</c>. The profile used any other way (returned,
/// stored, passed on, its credential read) is left alone: code the fix cannot see may rely on the pair it holds.
/// </summary>
internal sealed class CoreProfileRewrite : CredentialRewrite
{
    private const string Profile = "Aliyun.Acs.Core.Profile.DefaultProfile";
    private const string Client = "Aliyun.Acs.Core.DefaultAcsClient";
    private const string RoleProvider = "Aliyun.Acs.Core.Auth.STSAssumeRoleSessionCredentialsProvider";

    private readonly InvocationExpressionSyntax _getProfile;
    private readonly LocalDeclarationStatementSyntax? _declaration;
    private readonly IReadOnlyList<ObjectCreationExpressionSyntax> _clients;
    private readonly SemanticModel _model;

    private CoreProfileRewrite(SemanticModel model, InvocationExpressionSyntax getProfile, LocalDeclarationStatementSyntax? declaration, IReadOnlyList<ObjectCreationExpressionSyntax> clients)
    {
        _model = model;
        _getProfile = getProfile;
        _declaration = declaration;
        _clients = clients;
    }

    public override SyntaxNode Key => _getProfile;

    public override bool CanUseDefaultChain => true;

    /// <summary>The role provider takes its duration in a statement, so the profile must be a local declared in a block.</summary>
    public override bool CanAssumeRole => _declaration is not null && Statements.CanFollow(_declaration);

    public static CredentialRewrite? From(SemanticModel model, InvocationExpressionSyntax invocation, CancellationToken cancellationToken)
    {
        if (model.GetOperation(invocation, cancellationToken) is not IInvocationOperation { TargetMethod: { Name: "GetProfile", Parameters.Length: 3 } method }
            || Metadata(method.ContainingType) != Profile
            || invocation.ArgumentList.Arguments.Any(a => a.NameColon is not null)
            || model.Compilation.GetTypeByMetadataName(InitializerRewrite.CoreDefaultChain) is null)
        {
            return null;
        }

        // new DefaultAcsClient(DefaultProfile.GetProfile(region, id, secret))
        if (invocation.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ObjectCreationExpressionSyntax inline } } && IsClientOfProfile(model, inline, cancellationToken))
        {
            return new CoreProfileRewrite(model, invocation, null, new[] { inline });
        }

        if (invocation.Parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
            || declarator.Parent is not VariableDeclarationSyntax { Variables.Count: 1, Parent: LocalDeclarationStatementSyntax { Parent: BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax } declaration }
            || model.GetDeclaredSymbol(declarator, cancellationToken) is not ILocalSymbol local)
        {
            return null;
        }

        var clients = new List<ObjectCreationExpressionSyntax>();
        var scope = declaration.Parent is GlobalStatementSyntax ? declaration.SyntaxTree.GetRoot(cancellationToken) : declaration.Parent!;
        foreach (var reference in scope.DescendantNodes().OfType<IdentifierNameSyntax>().Where(n => n.Identifier.ValueText == local.Name))
        {
            if (!SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(reference, cancellationToken).Symbol, local))
            {
                continue;
            }

            switch (reference.Parent)
            {
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ObjectCreationExpressionSyntax client } } when IsClientOfProfile(model, client, cancellationToken):
                    clients.Add(client);
                    break;

                // profile.AddEndpoint(...), profile.DefaultClientName: settings that do not read the pair.
                case MemberAccessExpressionSyntax access when access.Expression == reference && access.Name.Identifier.ValueText != "GetCredential":
                    break;
                default:
                    return null;
            }
        }

        return clients.Count == 0 ? null : new CoreProfileRewrite(model, invocation, declaration, clients);
    }

    public override void UseDefaultChain(DocumentEditor editor, RewriteOptions options)
    {
        RegionOnly(editor);
        foreach (var client in _clients)
        {
            WithProvider(editor, client, DefaultChain());
        }
    }

    /// <summary>
    /// A role provider after the profile: <c>new STSAssumeRoleSessionCredentialsProvider(new DefaultCredentialProvider(), roleArn, profile)</c>
    /// with a session name and the fix duration set, so RAM006 stays quiet. The identity that assumes the role comes from the default chain.
    /// </summary>
    public override void AssumeRole(DocumentEditor editor, RewriteOptions options)
    {
        var declaration = _declaration!;
        var profile = declaration.Declaration.Variables[0].Identifier.ValueText;
        var name = FreeName(_model, declaration, "credentialsProvider");
        var statements = new[]
        {
            $"var {name} = new {RoleProvider}(new {InitializerRewrite.CoreDefaultChain}(), {Environment("ALIBABA_CLOUD_ROLE_ARN")}, {profile});",
            $"{name}.WithRoleSessionName(\"{UseTemporaryCredentialsFix.SessionName(declaration)}\");",
            $"{name}.WithRoleSessionDurationSeconds({UseTemporaryCredentialsFix.Seconds(options.Seconds)});",
        };

        RegionOnly(editor);
        editor.InsertAfter(Statements.Anchor(declaration), statements.Select(s => Statements.After(declaration, WithImports(Reduced(SyntaxFactory.ParseStatement(s))))));
        foreach (var client in _clients)
        {
            WithProvider(editor, client, SyntaxFactory.IdentifierName(name));
        }
    }

    /// <summary>Core's provider types by their simple names, with a <c>using</c> added where that is safe.</summary>
    private static StatementSyntax WithImports(StatementSyntax statement) => statement.ReplaceNodes(
        statement.DescendantNodes().OfType<ObjectCreationExpressionSyntax>().Select(c => c.Type),
        (_, type) => type.WithAdditionalAnnotations(Simplifier.AddImportsAnnotation));

    private static bool IsClientOfProfile(SemanticModel model, ObjectCreationExpressionSyntax creation, CancellationToken cancellationToken) =>
        creation.ArgumentList is { Arguments.Count: 1 }
        && creation.Initializer is null
        && model.GetTypeInfo(creation, cancellationToken).Type is INamedTypeSymbol type
        && Metadata(type) == Client;

    private static ExpressionSyntax DefaultChain() =>
        SyntaxFactory.ObjectCreationExpression(Imported(InitializerRewrite.CoreDefaultChain)).WithArgumentList(SyntaxFactory.ArgumentList());

    /// <summary><c>GetProfile(region, id, secret)</c> to <c>GetProfile(region)</c>: the region argument keeps its place and layout.</summary>
    private void RegionOnly(DocumentEditor editor) => editor.ReplaceNode(_getProfile, (node, _) =>
    {
        var invocation = (InvocationExpressionSyntax)node;
        var region = invocation.ArgumentList.Arguments[0];
        return invocation.WithArgumentList(invocation.ArgumentList.WithArguments(SyntaxFactory.SingletonSeparatedList(region.WithTrailingTrivia(invocation.ArgumentList.Arguments.Last().GetTrailingTrivia()))));
    });

    private static void WithProvider(DocumentEditor editor, ObjectCreationExpressionSyntax client, ExpressionSyntax provider) => editor.ReplaceNode(client, (node, _) =>
    {
        var creation = (ObjectCreationExpressionSyntax)node;
        var arguments = creation.ArgumentList!.Arguments;
        var profile = arguments[0];
        var list = SyntaxFactory.SeparatedList(
            new[] { profile.WithoutTrailingTrivia(), SyntaxFactory.Argument(provider).WithTrailingTrivia(profile.GetTrailingTrivia()) },
            new[] { SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space) });
        return creation.WithArgumentList(creation.ArgumentList.WithArguments(list));
    });
}
