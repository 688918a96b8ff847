using Microsoft.CodeAnalysis;

namespace RamSecurity.Analyzers.Internals;

/// <summary>A constant that gives a member nothing: null, or a string with nothing but white space.</summary>
internal static class BlankConstant
{
    public static bool Is(IOperation value) =>
        value.ConstantValue is { HasValue: true } constant && (constant.Value is null || (constant.Value is string text && text.Trim().Length == 0));
}
