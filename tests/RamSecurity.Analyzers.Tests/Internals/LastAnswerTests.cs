using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RamSecurity.Analyzers.Internals;
using Xunit;

namespace RamSecurity.Analyzers.Tests.Internals;

/// <summary>
/// The per-thread memo of a tree's answer (<see cref="LastAnswer{TKey, TValue}"/>): asked once for a run of the same tree, and
/// never one question's answer for another's, nor one tree's for another's, nor one thread's for another's.
/// </summary>
public class LastAnswerTests
{
    [Fact]
    public void RunOfOneTree_AskedOnce_EachQuestionAndTreeItsOwnAnswer()
    {
        var first = CSharpSyntaxTree.ParseText("class A { }");
        var second = CSharpSyntaxTree.ParseText("class B { }");
        var asked = 0;
        var yes = new LastAnswer<SyntaxTree, bool>((tree, _) => { asked++; return tree == first; });
        var no = new LastAnswer<SyntaxTree, bool>((_, _) => false);

        Assert.True(yes.For(first, CancellationToken.None));
        Assert.True(yes.For(first, CancellationToken.None));
        Assert.Equal(1, asked);

        // Another question about the same tree, on the same thread, gets its own answer, and keeps its own memo.
        Assert.False(no.For(first, CancellationToken.None));
        Assert.True(yes.For(first, CancellationToken.None));
        Assert.Equal(1, asked);

        // Another tree is asked again.
        Assert.False(yes.For(second, CancellationToken.None));
        Assert.True(yes.For(first, CancellationToken.None));
        Assert.Equal(3, asked);
    }

    [Fact]
    public async Task EachThread_KeepsItsOwnMemo()
    {
        var first = CSharpSyntaxTree.ParseText("class A { }");
        var second = CSharpSyntaxTree.ParseText("class B { }");
        var question = new LastAnswer<SyntaxTree, bool>((tree, _) => tree == first);
        var start = new Barrier(2);
        bool Ask(SyntaxTree tree)
        {
            start.SignalAndWait();
            var answers = Enumerable.Range(0, 1000).Select(_ => question.For(tree, CancellationToken.None)).Distinct().ToList();
            return Assert.Single(answers);
        }

        var answers = await Task.WhenAll(
            Task.Factory.StartNew(() => Ask(first), TaskCreationOptions.LongRunning),
            Task.Factory.StartNew(() => Ask(second), TaskCreationOptions.LongRunning));
        Assert.Equal(new[] { true, false }, answers);
    }

    [Fact]
    public async Task ManyThreads_EachGetsItsOwnTreesAnswer()
    {
        // More threads than the memo has slots: threads that share a slot ask again, and never take another's answer.
        var trees = Enumerable.Range(0, 40).Select(i => CSharpSyntaxTree.ParseText($"class C{i} {{ }}")).ToList();
        var question = new LastAnswer<SyntaxTree, int>((tree, _) => trees.IndexOf(tree));
        var start = new Barrier(trees.Count);
        var answers = await Task.WhenAll(trees.Select((tree, i) => Task.Factory.StartNew(
            () =>
            {
                start.SignalAndWait();
                return Enumerable.Range(0, 2000).All(_ => question.For(tree, CancellationToken.None) == i);
            },
            TaskCreationOptions.LongRunning)));
        Assert.All(answers, Assert.True);
    }
}
