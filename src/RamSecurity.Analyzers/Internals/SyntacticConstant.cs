using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RamSecurity.Analyzers.Internals;

/// <summary>
/// The value of a constant string expression read from syntax alone: literals of every form, interpolations
/// without holes, and concatenations of those. Used for declarations in another file, whose semantic model an
/// analyzer should not create.
/// </summary>
internal static class SyntacticConstant
{
    public static bool TryEvaluate(ExpressionSyntax expression, out string value)
    {
        switch (expression)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.IsKind(SyntaxKind.Utf8StringLiteralExpression):
                value = literal.Token.ValueText;
                return true;
            case ParenthesizedExpressionSyntax parenthesized:
                return TryEvaluate(parenthesized.Expression, out value);
            case InterpolatedStringExpressionSyntax interpolated:
                return TryEvaluateInterpolation(interpolated, out value);
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                if (TryEvaluate(binary.Left, out var left) && TryEvaluate(binary.Right, out var right))
                {
                    value = left + right;
                    return true;
                }

                break;
        }

        value = string.Empty;
        return false;
    }

    private static bool TryEvaluateInterpolation(InterpolatedStringExpressionSyntax interpolated, out string value)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var content in interpolated.Contents)
        {
            if (content is not InterpolatedStringTextSyntax text)
            {
                value = string.Empty;
                return false;
            }

            builder.Append(text.TextToken.ValueText);
        }

        value = builder.ToString();
        return true;
    }
}
