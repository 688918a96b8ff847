using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using RamSecurity.Analyzers.Internals;
using RamSecurity.Analyzers.Sdk;
using RamSecurity.Analyzers.Secrets;

namespace RamSecurity.Analyzers.Rules;

/// <summary>
/// Reports each constant once per rule, however many SDK members it reaches and however it is recognised.
/// One instance per compilation. The message and properties depend on the constant alone, so the diagnostic is
/// the same whichever path reports it first.
/// </summary>
internal sealed class CredentialReporter
{
    private readonly ConcurrentDictionary<(SyntaxTree Tree, TextSpan Span, CredentialKind Kind), byte> _reported = new();

    public void Report(Action<Diagnostic> report, SyntaxNode node, string value, CredentialKind kind)
    {
        if (!_reported.TryAdd((node.SyntaxTree, node.Span, kind), 0))
        {
            return;
        }

        var found = TryFind(value, kind, out var match);
        var shown = found ? value.Substring(match.Start, match.Length) : value.Trim();
        var embedded = found && !match.IsWholeValue(value);
        report(Diagnostic.Create(kind.Descriptor(), node.GetLocation(), PropertiesFor(kind, embedded), SecretMask.Apply(shown), kind.EnvironmentVariable()));
    }

    private static bool TryFind(string value, CredentialKind kind, out CredentialMatch match) => kind switch
    {
        CredentialKind.AccessKeyId => AccessKeyIdFormat.TryFind(value, out match),
        CredentialKind.SecurityToken => SecurityTokenFormat.TryFind(value, out match),
        _ => AccessKeySecretFormat.TryFind(value, 0, default, out match),
    };

    private static ImmutableDictionary<string, string?> PropertiesFor(CredentialKind kind, bool embedded)
    {
        var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticPropertyKeys.EnvironmentVariable, kind.EnvironmentVariable());
        return embedded ? properties : properties.Add(DiagnosticPropertyKeys.ReplaceableByEnvironmentVariable, "true");
    }
}
