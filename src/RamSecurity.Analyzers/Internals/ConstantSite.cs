using Microsoft.CodeAnalysis;

namespace RamSecurity.Analyzers.Internals;

/// <summary>A constant string in source: the expression a diagnostic sits on, and its value.</summary>
internal readonly struct ConstantSite
{
    public ConstantSite(SyntaxNode node, string value)
    {
        Node = node;
        Value = value;
    }

    public SyntaxNode Node { get; }

    public string Value { get; }
}
