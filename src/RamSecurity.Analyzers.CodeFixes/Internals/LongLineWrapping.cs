using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace RamSecurity.Analyzers.CodeFixes.Internals;

/// <summary>
/// Keeps a fixed line near the file's width: where a replacement made the line of an argument list or an object
/// initializer longer than <c>max_line_length</c> (.editorconfig; 120 when unset), its arguments or members go on
/// lines of their own, one indentation step in, as a person would break them.
/// </summary>
internal static class LongLineWrapping
{
    private const int DefaultMaximum = 120;

    public static async Task<Document> WrapAsync(Document document, SyntaxAnnotation replaced, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var maximum = Maximum(document, root.SyntaxTree);
        var lists = new HashSet<SyntaxNode>();
        foreach (var node in root.GetAnnotatedNodes(replaced))
        {
            var list = node.Parent switch
            {
                ArgumentSyntax { Parent: ArgumentListSyntax arguments } => (SyntaxNode)arguments,
                AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax creation } initializer }
                    when initializer.IsKind(SyntaxKind.ObjectInitializerExpression) => creation,
                _ => null,
            };
            if (list is not null && OnOneLine(text, list) && text.Lines.GetLineFromPosition(list.SpanStart).Span.Length > maximum)
            {
                lists.Add(list);
            }
        }

        if (lists.Count == 0)
        {
            return document;
        }

        // The file's own line break, so that a CRLF file stays CRLF.
        var newLine = SyntaxFactory.EndOfLine(text.Lines.Count > 1 && text.Lines[0].EndIncludingLineBreak - text.Lines[0].End == 2 ? "\r\n" : "\n");
        var wrapped = root.ReplaceNodes(lists, (original, current) =>
        {
            var line = text.Lines.GetLineFromPosition(original.SpanStart);
            var indentation = new string(text.ToString(line.Span).TakeWhile(char.IsWhiteSpace).ToArray());
            var step = indentation.Contains('\t') ? "\t" : "    ";
            return current switch
            {
                ArgumentListSyntax arguments => WrapArguments(arguments, indentation + step, newLine),
                BaseObjectCreationExpressionSyntax { Initializer: { } initializer } creation => WrapInitializer(creation, initializer, indentation, step, newLine),
                _ => current,
            };
        });
        return document.WithSyntaxRoot(wrapped);
    }

    private static ArgumentListSyntax WrapArguments(ArgumentListSyntax arguments, string indentation, SyntaxTrivia newLine)
    {
        // A comment after a comma (", /* secret */ value") belongs to the argument it precedes.
        var before = new[] { arguments.OpenParenToken }.Concat(arguments.Arguments.GetSeparators()).ToList();
        var wrapped = arguments.Arguments.Select((argument, i) => argument
            .WithLeadingTrivia(Leading(argument, newLine, indentation, Comments(before[i].TrailingTrivia)))
            .WithTrailingTrivia(Comments(argument.GetTrailingTrivia()).SelectMany(c => new[] { SyntaxFactory.Space, c })));
        var separators = arguments.Arguments.GetSeparators().Select(separator => separator.WithTrailingTrivia());
        return arguments.WithArguments(SyntaxFactory.SeparatedList(wrapped, separators)).WithOpenParenToken(arguments.OpenParenToken.WithTrailingTrivia());
    }

    /// <summary><c>new T { A = a, B = b }</c> becomes the brace on its own line and one member a line, each with a trailing comma.</summary>
    private static BaseObjectCreationExpressionSyntax WrapInitializer(
        BaseObjectCreationExpressionSyntax creation, InitializerExpressionSyntax initializer, string indentation, string step, SyntaxTrivia newLine)
    {
        var members = initializer.Expressions.Select(member => member.WithLeadingTrivia(Leading(member, null, indentation + step, Enumerable.Empty<SyntaxTrivia>())).WithTrailingTrivia(Comments(member.GetTrailingTrivia()).SelectMany(c => new[] { SyntaxFactory.Space, c })));
        var separators = Enumerable.Range(0, initializer.Expressions.Count).Select(_ => SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(newLine));
        var wrapped = initializer
            .WithOpenBraceToken(initializer.OpenBraceToken.WithLeadingTrivia(newLine, SyntaxFactory.Whitespace(indentation)).WithTrailingTrivia(newLine))
            .WithExpressions(SyntaxFactory.SeparatedList(members, separators))
            .WithCloseBraceToken(initializer.CloseBraceToken.WithLeadingTrivia(SyntaxFactory.Whitespace(indentation)));

        // No space left at the end of the line the brace moved off.
        var beforeBrace = initializer.OpenBraceToken.GetPreviousToken();
        return creation.ReplaceToken(beforeBrace, beforeBrace.WithTrailingTrivia()).WithInitializer(wrapped);
    }

    /// <summary>A line break (where given) and the indentation, then the node's own comments (<c>/* secret */</c>): comments are never lost.</summary>
    private static IEnumerable<SyntaxTrivia> Leading(SyntaxNode node, SyntaxTrivia? newLine, string indentation, IEnumerable<SyntaxTrivia> carried)
    {
        if (newLine is { } lineBreak)
        {
            yield return lineBreak;
        }

        yield return SyntaxFactory.Whitespace(indentation);
        foreach (var comment in carried.Concat(Comments(node.GetLeadingTrivia())))
        {
            yield return comment;
            yield return SyntaxFactory.Space;
        }
    }

    private static IEnumerable<SyntaxTrivia> Comments(SyntaxTriviaList trivia) =>
        trivia.Where(t => t.IsKind(SyntaxKind.MultiLineCommentTrivia) || t.IsKind(SyntaxKind.SingleLineCommentTrivia));

    private static bool OnOneLine(SourceText text, SyntaxNode node) =>
        text.Lines.GetLineFromPosition(node.SpanStart).LineNumber == text.Lines.GetLineFromPosition(node.Span.End).LineNumber;

    private static int Maximum(Document document, SyntaxTree tree) =>
        document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue("max_line_length", out var value)
        && int.TryParse(value, out var maximum) && maximum > 40
            ? maximum
            : DefaultMaximum;
}
