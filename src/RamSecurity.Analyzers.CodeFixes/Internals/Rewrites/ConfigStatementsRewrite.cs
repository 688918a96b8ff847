using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;
using RamSecurity.Analyzers.Internals;
using RamSecurity.Analyzers.Sdk;

namespace RamSecurity.Analyzers.CodeFixes.Internals.Rewrites;

/// <summary>
/// OpenApiClient's Config given its pair by statements through the local that holds it (<c>config.AccessKeyId = ...;
/// config.AccessKeySecret = ...;</c>): the two assignments go and <c>config.Credential = ...;</c> takes the place of the
/// last one. Offered only when the Config stays in the member (ObjectUse): code elsewhere could otherwise complete it.
/// </summary>
internal sealed class ConfigStatementsRewrite : CredentialRewrite
{
    private const string Id = "AccessKeyId";
    private const string Secret = "AccessKeySecret";

    private readonly BaseObjectCreationExpressionSyntax _creation;
    private readonly string _local;
    private readonly Dictionary<string, SyntaxNode> _sites;
    private readonly bool _rootAccount;

    private ConfigStatementsRewrite(BaseObjectCreationExpressionSyntax creation, string local, Dictionary<string, SyntaxNode> sites, bool rootAccount)
    {
        _creation = creation;
        _local = local;
        _sites = sites;
        _rootAccount = rootAccount;
    }

    public override bool CanUseDefaultChain => true;

    public override bool CanAssumeRole => true;

    public override SyntaxNode Key => _creation;

    /// <summary>RAM004 reports the assignment itself: the Config is the one created for the local it assigns through.</summary>
    public static CredentialRewrite? FromAssignment(SemanticModel model, AssignmentExpressionSyntax assignment, bool rootAccount, bool hasCredentials, CancellationToken cancellationToken) =>
        assignment.Left is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax holder }
        && model.GetSymbolInfo(holder, cancellationToken).Symbol is ILocalSymbol local
        && local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: BaseObjectCreationExpressionSyntax creation }
        && model.GetTypeInfo(creation, cancellationToken).Type is INamedTypeSymbol type
            ? FromCreation(model, creation, type, rootAccount, hasCredentials, cancellationToken)
            : null;

    public static CredentialRewrite? FromCreation(SemanticModel model, BaseObjectCreationExpressionSyntax creation, INamedTypeSymbol type, bool rootAccount, bool hasCredentials, CancellationToken cancellationToken)
    {
        if (!hasCredentials
            || Metadata(type) != AccountSecurityTable.OpenApiConfig
            || creation.Parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
            || declarator.Parent is not VariableDeclarationSyntax { Variables.Count: 1, Parent: LocalDeclarationStatementSyntax { Parent: BlockSyntax block } }
            || model.GetOperation(creation, cancellationToken) is not IObjectCreationOperation operation)
        {
            return null;
        }

        var assigned = new HashSet<string>();
        var escapes = ObjectUse.Follow(operation, (member, _) => assigned.Add(member.Name), _ => { }, cancellationToken);
        if (escapes || assigned.Overlaps(AccountSecurityTable.OpenApiConfigTemporaryCredentialMembers))
        {
            return null;
        }

        var sites = new Dictionary<string, SyntaxNode>();
        foreach (var name in new[] { Id, Secret })
        {
            if (InitializerRewrite.Member(creation, name) is { } member)
            {
                sites[name] = member;
            }
        }

        foreach (var statement in block.Statements.OfType<ExpressionStatementSyntax>())
        {
            if (statement.Expression is AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax holder, Name.Identifier.ValueText: Id or Secret } target }
                && holder.Identifier.ValueText == declarator.Identifier.ValueText
                && !sites.ContainsKey(target.Name.Identifier.ValueText))
            {
                sites[target.Name.Identifier.ValueText] = statement;
            }
        }

        // Every other assignment of the pair (in a nested block, a lambda, a second time) would stay behind: no fix.
        var statements = sites.Values.OfType<ExpressionStatementSyntax>().ToList();
        var assignments = block.DescendantNodes().OfType<AssignmentExpressionSyntax>().Count(a =>
            a.Left is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax holder, Name.Identifier.ValueText: Id or Secret } && holder.Identifier.ValueText == declarator.Identifier.ValueText);
        return sites.Count == 2 && statements.Count > 0 && assignments == statements.Count
            ? new ConfigStatementsRewrite(creation, declarator.Identifier.ValueText, sites, rootAccount)
            : null;
    }

    public override void UseDefaultChain(DocumentEditor editor, RewriteOptions options) =>
        Replace(editor, SyntaxFactory.ParseExpression($"new {CredentialsClient}()"));

    public override void AssumeRole(DocumentEditor editor, RewriteOptions options) =>
        Replace(editor, RoleClient(
            _rootAccount ? Environment("ALIBABA_CLOUD_ACCESS_KEY_ID") : Value(Id),
            _rootAccount ? Environment("ALIBABA_CLOUD_ACCESS_KEY_SECRET") : Value(Secret),
            UseTemporaryCredentialsFix.SessionName(_creation),
            options.Seconds));

    private string Value(string member) => (_sites[member] switch
    {
        ExpressionStatementSyntax statement => ((AssignmentExpressionSyntax)statement.Expression).Right,
        var initializer => ((AssignmentExpressionSyntax)initializer).Right,
    }).WithoutTrivia().ToFullString();

    /// <summary>The last statement of the pair becomes <c>config.Credential = value;</c>; the other site goes, its comments kept.</summary>
    private void Replace(DocumentEditor editor, ExpressionSyntax credential)
    {
        var statements = _sites.Values.OfType<ExpressionStatementSyntax>().OrderBy(s => s.SpanStart).ToList();
        var last = statements.Last();
        var assignment = SyntaxFactory.ExpressionStatement(SyntaxFactory.AssignmentExpression(
            SyntaxKind.SimpleAssignmentExpression,
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.IdentifierName(_local), SyntaxFactory.IdentifierName("Credential")),
            credential));
        editor.ReplaceNode(last, Reduced(assignment.WithTriviaFrom(last)));
        foreach (var statement in statements.Where(s => s != last))
        {
            var comments = statement.GetLeadingTrivia().Any(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia) || t.IsKind(SyntaxKind.MultiLineCommentTrivia));
            editor.RemoveNode(statement, comments ? SyntaxRemoveOptions.KeepLeadingTrivia : SyntaxRemoveOptions.KeepNoTrivia);
        }

        if (_sites.Values.Any(site => site is AssignmentExpressionSyntax))
        {
            editor.ReplaceNode(_creation, (node, _) => InitializerRewrite.WithoutMembers((BaseObjectCreationExpressionSyntax)node, Id, Secret));
        }
    }
}
