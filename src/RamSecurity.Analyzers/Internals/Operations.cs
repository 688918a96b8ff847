using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RamSecurity.Analyzers.Internals;

/// <summary>Small questions every SDK rule asks of an operation.</summary>
internal static class Operations
{
    /// <summary>The operation under its implicit and explicit conversions (and parentheses, where a language keeps them).</summary>
    public static IOperation? SkipConversions(IOperation? operation)
    {
        while (operation is IConversionOperation or IParenthesizedOperation)
        {
            operation = operation is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)operation).Operand;
        }

        return operation;
    }

    /// <summary>The method (or constructor) a call or creation binds to, with its arguments; no method for anything else.</summary>
    public static (IMethodSymbol? Method, ImmutableArray<IArgumentOperation> Arguments) Call(IOperation operation) => operation switch
    {
        IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
        IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
        _ => (null, ImmutableArray<IArgumentOperation>.Empty),
    };
}
