using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using RamSecurity.Analyzers.Internals;
using RamSecurity.Analyzers.Sdk;
using RamSecurity.Analyzers.Secrets;

namespace RamSecurity.Analyzers.Credentials;

/// <summary>
/// Reports each constant once per rule, however many SDK members it reaches and however it is recognised.
/// One instance per compilation. The message and properties depend on the constant and, for the environment
/// variable they name, on the SDK it reaches (<see cref="CredentialEnvironment"/>): the SDK path reports a literal
/// handed to an SDK that reads other variables before the format scan does (SdkCredentialFlow.AnalyzeWrittenLiteral).
/// </summary>
internal sealed class CredentialReporter
{
    private readonly ConcurrentDictionary<(SyntaxTree Tree, TextSpan Span, CredentialKind Kind), byte> _reported = new();

    public void Report(Action<Diagnostic> report, SyntaxNode node, string value, CredentialKind kind, CredentialEnvironment environment = CredentialEnvironment.AlibabaCloud)
    {
        if (!_reported.TryAdd((node.SyntaxTree, node.Span, kind), 0))
        {
            return;
        }

        var found = TryFind(value, kind, out var match);
        var shown = found ? value.Substring(match.Start, match.Length) : value.Trim();
        var embedded = found && !match.IsWholeValue(value);
        var variable = kind.EnvironmentVariable(environment);
        report(Diagnostic.Create(kind.Descriptor(), node.GetLocation(), PropertiesFor(variable, embedded), SecretMask.Apply(shown), variable));
    }

    // A bearer token has no documented format: the whole value is the token.
    private static bool TryFind(string value, CredentialKind kind, out CredentialMatch match)
    {
        match = default;
        return kind switch
        {
            CredentialKind.AccessKeyId => AccessKeyIdFormat.TryFind(value, out match),
            CredentialKind.SecurityToken => SecurityTokenFormat.TryFind(value, out match),
            CredentialKind.AccessKeySecret => AccessKeySecretFormat.TryFind(value, 0, default, out match),
            _ => false,
        };
    }

    private static ImmutableDictionary<string, string?> PropertiesFor(string variable, bool embedded)
    {
        var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticPropertyKeys.EnvironmentVariable, variable);
        return embedded ? properties : properties.Add(DiagnosticPropertyKeys.ReplaceableByEnvironmentVariable, "true");
    }
}
