using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using RamSecurity.Analyzers.CodeFixes.Internals.Rewrites;

namespace RamSecurity.Analyzers.CodeFixes.Internals;

/// <summary>
/// How one long-lived or root AccessKey pair is rewritten to temporary credentials, by the SDK family of the object
/// that takes it (Rewrites/*.cs): the default credential chain, or a RAM role assumed through STS.
/// </summary>
internal abstract class CredentialRewrite
{
    protected const string CredentialsClient = "Aliyun.Credentials.Client";
    protected const string CredentialsConfig = "Aliyun.Credentials.Models.Config";

    public abstract bool CanUseDefaultChain { get; }

    public abstract bool CanAssumeRole { get; }

    /// <summary>OSS SDK V2 only: its own environment provider, which reads OSS_ACCESS_KEY_ID, OSS_ACCESS_KEY_SECRET and OSS_SESSION_TOKEN.</summary>
    public virtual bool CanReadEnvironment => false;

    /// <summary>The node the rewrite changes: two diagnostics on one object (RAM004 on each assignment) rewrite it once.</summary>
    public abstract SyntaxNode Key { get; }

    /// <summary>True when the rewrite names the OSS provider class (<see cref="OssProviderClass"/>), which the project must have.</summary>
    public virtual bool NeedsOssProvider => false;

    public static CredentialRewrite? From(SemanticModel? model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (model is null)
        {
            return null;
        }

        var root = model.SyntaxTree.GetRoot(cancellationToken);
        var rootAccount = diagnostic.Id == RuleIds.RootAccountCredential;
        var hasCredentials = model.Compilation.GetTypeByMetadataName(CredentialsClient) is not null;
        if (DiagnosedCreation.Find(root, diagnostic) is { } creation && model.GetTypeInfo(creation, cancellationToken) is { Type: INamedTypeSymbol type } info)
        {
            return Metadata(type) switch
            {
                "Aliyun.OSS.OssClient" => OssClientRewrite.From(model, creation, rootAccount, hasCredentials, cancellationToken),
                "AlibabaCloud.OSS.V2.Credentials.StaticCredentialsProvider" or "AlibabaCloud.OSS.V2.Credentials.StaticCredentialsProvide" => OssV2Rewrite.From(model, creation, rootAccount, hasCredentials, cancellationToken),
                _ => InitializerRewrite.From(creation, type, info, rootAccount, hasCredentials)
                    ?? ConfigStatementsRewrite.FromCreation(model, creation, type, rootAccount, hasCredentials, cancellationToken),
            };
        }

        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        return node.AncestorsAndSelf().OfType<InvocationExpressionSyntax>().FirstOrDefault() is { } invocation && IsDiagnosed(invocation, diagnostic)
            ? CoreProfileRewrite.From(model, invocation, cancellationToken)
            : node.AncestorsAndSelf().OfType<AssignmentExpressionSyntax>().FirstOrDefault(a => a.Span == diagnostic.Location.SourceSpan) is { } assignment
                ? ConfigStatementsRewrite.FromAssignment(model, assignment, rootAccount, hasCredentials, cancellationToken)
                : null;
    }

    public abstract void UseDefaultChain(DocumentEditor editor, RewriteOptions options);

    public abstract void AssumeRole(DocumentEditor editor, RewriteOptions options);

    public virtual void ReadEnvironment(DocumentEditor editor)
    {
    }

    /// <summary>A call's diagnostic starts at the method name (<c>DefaultProfile.GetProfile(...)</c>) or at the call.</summary>
    private static bool IsDiagnosed(InvocationExpressionSyntax invocation, Diagnostic diagnostic) =>
        (invocation.Expression is MemberAccessExpressionSyntax access ? access.Name.SpanStart : invocation.SpanStart) == diagnostic.Location.SourceSpan.Start;

    /// <summary>A plain read: the SDK's string properties are not nullable-annotated, and Aliyun.Credentials itself falls back to the environment.</summary>
    protected static string Environment(string variable) => $"System.Environment.GetEnvironmentVariable(\"{variable}\")";

    /// <summary>A role ARN read: reduced to <c>Environment.GetEnvironmentVariable(...)</c> where <c>System</c> is imported.</summary>
    protected static ExpressionSyntax EnvironmentExpression(string variable) => Reduced(SyntaxFactory.ParseExpression(Environment(variable)));

    protected static AssignmentExpressionSyntax Assignment(string name, ExpressionSyntax value) =>
        SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName(name), value);

    /// <summary>Code in the SDK's full names, left to the simplifier, an added <c>using</c> and the formatter to read like the file around it.</summary>
    protected static T Reduced<T>(T node)
        where T : SyntaxNode => node
            .ReplaceNodes(node.DescendantNodes().Where(n => n is NameSyntax or MemberAccessExpressionSyntax), (_, name) => name.WithAdditionalAnnotations(Simplifier.Annotation))
            .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);

    /// <summary>A full type name that the simplifier shortens, adding a <c>using</c> for its namespace where that is safe.</summary>
    protected static TypeSyntax Imported(string qualifiedName) =>
        SyntaxFactory.ParseTypeName(qualifiedName).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

    /// <summary>
    /// <c>new Aliyun.Credentials.Client(new Config { Type = "ram_role_arn", ... })</c>, one member a line: the caller's pair
    /// assumes the role named by ALIBABA_CLOUD_ROLE_ARN for the fix duration, so RAM006 stays quiet.
    /// </summary>
    protected static ExpressionSyntax RoleClient(string id, string secret, string sessionName, long seconds) => Reduced(SyntaxFactory.ParseExpression(
        $"new {CredentialsClient}(new {CredentialsConfig}\n{{\n" +
        $"Type = \"ram_role_arn\",\nAccessKeyId = {id},\nAccessKeySecret = {secret},\nRoleArn = {Environment("ALIBABA_CLOUD_ROLE_ARN")},\n" +
        $"RoleSessionName = \"{sessionName}\",\nRoleSessionExpiration = {UseTemporaryCredentialsFix.Seconds(seconds)},\n}})"));

    /// <summary>A local name not yet taken where statements go at <paramref name="at"/>, nor declared later in its block.</summary>
    protected static string FreeName(SemanticModel model, StatementSyntax at, string name)
    {
        var candidate = name;
        for (var i = 2; model.LookupSymbols(at.SpanStart, name: candidate).Length > 0 || IsDeclaredIn(at.Parent!, candidate); i++)
        {
            candidate = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    private static bool IsDeclaredIn(SyntaxNode scope, string name) =>
        scope.DescendantNodes().Any(n => n is VariableDeclaratorSyntax v && v.Identifier.ValueText == name || n is SingleVariableDesignationSyntax d && d.Identifier.ValueText == name);

    protected static string Metadata(INamedTypeSymbol type) => type.OriginalDefinition.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", string.Empty);
}
