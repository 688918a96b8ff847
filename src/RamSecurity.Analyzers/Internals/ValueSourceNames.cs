using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using RamSecurity.Analyzers.Secrets;

namespace RamSecurity.Analyzers.Internals;

/// <summary>
/// The names a value comes from: the variable, field, property or parameter it is read from (and the objects on the
/// way: <c>settings.RootAccount.AccessKeyId</c>), and the constant keys it is looked up by
/// (<c>Environment.GetEnvironmentVariable("ALIYUN_ROOT_ACCESS_KEY_ID")</c>, <c>configuration["RootAccount:AccessKeySecret"]</c>,
/// <c>GetSection("MainAccount")["AccessKeyId"]</c>). A local is followed to its initializer.
/// </summary>
internal static class ValueSourceNames
{
    private const int MaximumDepth = 8;

    /// <summary>The first name of the value's source that <paramref name="matches"/>, or null.</summary>
    public static string? Find(IOperation value, Func<string, bool> matches) => Find(value, matches, MaximumDepth);

    private static string? Find(IOperation? value, Func<string, bool> matches, int depth)
    {
        if (value is null || depth == 0)
        {
            return null;
        }

        switch (value)
        {
            case IConversionOperation conversion:
                return Find(conversion.Operand, matches, depth - 1);
            case IParenthesizedOperation parenthesized:
                return Find(parenthesized.Operand, matches, depth - 1);
            case ICoalesceOperation coalesce:
                return Find(coalesce.Value, matches, depth - 1) ?? Find(coalesce.WhenNull, matches, depth - 1);
            case IConditionalOperation conditional:
                return Find(conditional.WhenTrue, matches, depth - 1) ?? Find(conditional.WhenFalse, matches, depth - 1);
            case IParameterReferenceOperation parameter:
                return Match(parameter.Parameter.Name, matches);
            case ILocalReferenceOperation local:
                return Match(local.Local.Name, matches) ?? Find(Initializer(local), matches, depth - 1);
            case IFieldReferenceOperation field:
                return Match(field.Field.Name, matches) ?? Find(field.Instance, matches, depth - 1);
            case IPropertyReferenceOperation property:
                return Match(property.Property.IsIndexer ? null : property.Property.Name, matches)
                    ?? Arguments(property.Arguments, matches, depth)
                    ?? Find(property.Instance, matches, depth - 1);
            case IInvocationOperation invocation:
                return Arguments(invocation.Arguments, matches, depth) ?? Find(invocation.Instance, matches, depth - 1);
            case IAwaitOperation awaited:
                return Find(awaited.Operation, matches, depth - 1);
            default:
                // A literal is the value itself, not a name of its source, and a message must never show a value.
                return null;
        }
    }

    private static string? Match(string? name, Func<string, bool> matches) => name is not null && matches(name) ? name : null;

    private static string? Arguments(IEnumerable<IArgumentOperation> arguments, Func<string, bool> matches, int depth)
    {
        foreach (var argument in arguments)
        {
            if (argument.Value.ConstantValue is { HasValue: true, Value: string key } && IsKeyLike(key) && matches(key))
            {
                return key;
            }

            if (Find(argument.Value, matches, depth - 1) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>A lookup key (an environment variable, a configuration path), not a credential passed through a call: it may be shown in a message.</summary>
    private static bool IsKeyLike(string key) =>
        key.Length <= 128
        && !AccessKeyIdFormat.TryFind(key, out _)
        && !SecurityTokenFormat.TryFind(key, out _)
        && !AccessKeySecretFormat.TryFind(key, 0, default, out _);

    private static IOperation? Initializer(ILocalReferenceOperation reference)
    {
        foreach (var syntax in reference.Local.DeclaringSyntaxReferences)
        {
            if (syntax.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } initializer } && reference.SemanticModel is { } model
                && model.SyntaxTree == initializer.SyntaxTree)
            {
                return model.GetOperation(initializer);
            }
        }

        return null;
    }
}
