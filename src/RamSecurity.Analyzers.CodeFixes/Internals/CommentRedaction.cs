using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using RamSecurity.Analyzers.Internals;
using RamSecurity.Analyzers.Secrets;

namespace RamSecurity.Analyzers.CodeFixes.Internals;

/// <summary>
/// Redacts credentials found in comments, documentation comments and inactive regions in place (<c>LTAI****</c>),
/// keeping the rest of the text. The key is still in the history: it must be rotated.
/// </summary>
internal static class CommentRedaction
{
    public static bool IsRedactable(Diagnostic diagnostic) => diagnostic.Properties.ContainsKey(DiagnosticPropertyKeys.Redactable);

    /// <summary>The text changes that redact the diagnosed spans; spans that no longer fit the text are skipped.</summary>
    public static List<TextChange> Changes(SourceText text, IEnumerable<Diagnostic> diagnostics) => diagnostics
        .Where(d => IsRedactable(d) && d.Location.SourceSpan.End <= text.Length)
        .Select(d => d.Location.SourceSpan)
        .Distinct()
        .OrderBy(span => span.Start)
        .Select(span => new TextChange(span, SecretMask.Apply(text.ToString(span))))
        .Where(change => change.NewText != text.ToString(change.Span))
        .ToList();

    /// <summary>Where a position of the text before the changes stands after them (changes sorted, not overlapping).</summary>
    public static int Shift(int position, IReadOnlyList<TextChange> changes)
    {
        var shifted = position;
        foreach (var change in changes)
        {
            if (change.Span.End <= position)
            {
                shifted += change.NewText!.Length - change.Span.Length;
            }
        }

        return shifted;
    }
}
