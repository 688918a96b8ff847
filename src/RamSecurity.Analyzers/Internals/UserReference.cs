using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RamSecurity.Analyzers.Internals;

/// <summary>
/// What names a RAM user in a request, when two requests can be seen to name the same one: the same constant name, or
/// the same local, parameter, field or property (a member reached through the same path: <c>user.Name</c>, <c>this.User</c>).
/// </summary>
internal sealed class UserReference : IEquatable<UserReference>
{
    private const int MaximumPath = 4;
    private readonly string? _constant;
    private readonly ISymbol? _symbol;
    private readonly UserReference? _instance;

    private UserReference(string? constant, ISymbol? symbol, UserReference? instance, string text)
    {
        _constant = constant;
        _symbol = symbol;
        _instance = instance;
        Text = text;
    }

    /// <summary>For a message: the constant in quotes, or the expression as written.</summary>
    public string Text { get; }

    /// <summary>The reference a value makes, or null for anything else (a call, a concatenation, a blank constant).</summary>
    public static UserReference? Of(IOperation? value) => Of(value, 0);

    private static UserReference? Of(IOperation? value, int depth)
    {
        value = Operations.SkipConversions(value);
        if (value is null || depth > MaximumPath)
        {
            return null;
        }

        if (value.ConstantValue is { HasValue: true } constant)
        {
            return constant.Value is string name && name.Trim().Length > 0 ? new UserReference(name, null, null, $"'{name}'") : null;
        }

        var text = "named by " + value.Syntax;
        switch (value)
        {
            case ILocalReferenceOperation local:
                return new UserReference(null, local.Local, null, text);
            case IParameterReferenceOperation parameter:
                return new UserReference(null, parameter.Parameter, null, text);
            case IFieldReferenceOperation or IPropertyReferenceOperation { Arguments.IsEmpty: true }:
                var member = (IMemberReferenceOperation)value;
                var instance = member.Instance is null or IInstanceReferenceOperation ? null : Of(member.Instance, depth + 1);
                return member.Instance is null or IInstanceReferenceOperation || instance is not null ? new UserReference(null, member.Member, instance, text) : null;
            default:
                return null;
        }
    }

    public bool Equals(UserReference? other) =>
        other is not null
        && _constant == other._constant
        && SymbolEqualityComparer.Default.Equals(_symbol, other._symbol)
        && (_instance is null ? other._instance is null : _instance.Equals(other._instance));

    public override bool Equals(object? obj) => Equals(obj as UserReference);

    public override int GetHashCode() => _constant?.GetHashCode() ?? SymbolEqualityComparer.Default.GetHashCode(_symbol);
}
