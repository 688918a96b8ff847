using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RamSecurity.Analyzers.Internals;

/// <summary>
/// The number of seconds a duration expression stands for, when it is a constant: a literal, a const, a constant
/// expression, or the common TimeSpan shapes (<c>(long)TimeSpan.FromMinutes(15).TotalSeconds</c>, FromHours,
/// FromSeconds, FromDays) with a constant argument. A duration that is not constant is not judged.
/// </summary>
internal static class ConstantSeconds
{
    /// <summary>True when the value is constant; <paramref name="seconds"/> is then null for a constant null.</summary>
    public static bool TryGet(IOperation? value, out long? seconds)
    {
        seconds = null;
        value = Operations.SkipConversions(value);
        if (value is null)
        {
            return false;
        }

        if (value.ConstantValue.HasValue)
        {
            return TryConvert(value.ConstantValue.Value, out seconds);
        }

        // (long)TimeSpan.FromMinutes(15).TotalSeconds: the property of a TimeSpan factory called with a constant.
        if (value is IPropertyReferenceOperation { Property.Name: "TotalSeconds", Instance: IInvocationOperation factory }
            && IsTimeSpan(factory.TargetMethod.ContainingType)
            && factory.Arguments.Length == 1
            && Operations.SkipConversions(factory.Arguments[0].Value) is { ConstantValue: { HasValue: true, Value: { } unit } }
            && UnitSeconds(factory.TargetMethod.Name) is { } multiplier
            && TryConvertDouble(unit, out var count))
        {
            seconds = Clamp(count * multiplier);
            return true;
        }

        return false;
    }

    private static bool IsTimeSpan(INamedTypeSymbol? type) =>
        type is { Name: "TimeSpan", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    private static double? UnitSeconds(string factory) => factory switch
    {
        "FromSeconds" => 1,
        "FromMinutes" => 60,
        "FromHours" => 3600,
        "FromDays" => 86400,
        _ => null,
    };

    private static bool TryConvert(object? constant, out long? seconds)
    {
        seconds = null;
        if (constant is null)
        {
            return true;
        }

        if (!TryConvertDouble(constant, out var value))
        {
            return false;
        }

        seconds = Clamp(value);
        return true;
    }

    // Durations are small; anything out of range of long (a typo, 1e30) is simply very long or very short.
    private static long Clamp(double value) =>
        value >= long.MaxValue ? long.MaxValue : value <= long.MinValue ? long.MinValue : (long)Math.Round(value);

    private static bool TryConvertDouble(object constant, out double value)
    {
        value = 0;
        if (constant is string or bool or char || constant is not IConvertible convertible)
        {
            return false;
        }

        value = convertible.ToDouble(System.Globalization.CultureInfo.InvariantCulture);
        return !double.IsNaN(value);
    }
}
