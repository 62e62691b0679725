using Consortium.Insights.Api;
using Microsoft.Extensions.Options;
using Xunit;

namespace Consortium.Insights.Tests.Api;

/// <summary>
/// Readers who ask at once for an entry nobody has yet (a moved generation during the rush) share
/// one build; a reader that gives up neither stops it nor loses it for the others. A large
/// answer is kept however many small ones came before it.
/// </summary>
public sealed class LocalAnswersTests
{
    private readonly LocalAnswers _answers = new(Options.Create(new InsightsOptions()), TimeProvider.System);

    [Fact]
    public async Task Callers_asking_at_once_share_one_build()
    {
        var builds = 0;
        var release = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        Func<CancellationToken, Task<string>> build = _ =>
        {
            Interlocked.Increment(ref builds);
            return release.Task;
        };

        var callers = Enumerable.Range(0, 5).Select(_ => _answers.GetOrBuildAsync("k", build, _ => 1, CancellationToken.None)).ToList();
        release.SetResult("prepared");
        var answers = await Task.WhenAll(callers);

        Assert.Equal(1, builds);
        Assert.All(answers, answer => Assert.Same(answers[0], answer));
        Assert.Same(answers[0], await _answers.GetOrBuildAsync<string>("k", _ => throw new InvalidOperationException("kept, not built again"), _ => 1, CancellationToken.None));
    }

    [Fact]
    public async Task A_waiter_that_gives_up_does_not_stop_the_build()
    {
        var release = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = _answers.GetOrBuildAsync("k", _ => release.Task, _ => 1, CancellationToken.None);
        using var givingUp = new CancellationTokenSource();
        var waiter = _answers.GetOrBuildAsync<string>("k", _ => throw new InvalidOperationException("a second build"), _ => 1, givingUp.Token);

        await givingUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiter);
        release.SetResult("prepared");

        Assert.Equal("prepared", await first);
        Assert.Equal("prepared", await _answers.GetOrBuildAsync<string>("k", _ => throw new InvalidOperationException("kept, not built again"), _ => 1, CancellationToken.None));
    }

    [Fact]
    public async Task A_failed_build_is_not_kept()
    {
        await Assert.ThrowsAsync<TimeoutException>(() => _answers.GetOrBuildAsync<string>("k", _ => throw new TimeoutException(), _ => 1, CancellationToken.None));

        Assert.Equal("second try", await _answers.GetOrBuildAsync("k", _ => Task.FromResult("second try"), _ => 1, CancellationToken.None));
    }

    [Fact]
    public async Task A_state_wide_comparison_is_kept_after_small_answers_filled_the_cache()
    {
        // The defaults: 500,000 values; a comparison of 13,000 districts counts 65,001 of them,
        // a comparison of 20 peers 106. The peer groups alone fit (498,200).
        var answers = new LocalAnswers(Options.Create(new InsightsOptions()), TimeProvider.System);
        for (var peerGroup = 0; peerGroup < 4_700; peerGroup++)
        {
            answers.Set($"peers:{peerGroup}", "twenty peers", 106);
        }

        var builds = 0;
        Func<CancellationToken, Task<string>> build = _ =>
        {
            Interlocked.Increment(ref builds);
            return Task.FromResult("all members");
        };
        for (var reader = 0; reader < 3; reader++)
        {
            Assert.Equal("all members", await answers.GetOrBuildAsync("all", build, _ => 65_001, CancellationToken.None));
        }

        Assert.Equal(1, builds);
        Assert.True(answers.TryGet<string>("peers:4699", out _), "the most recent small answers stay");
        Assert.False(answers.TryGet<string>("peers:0", out _), "the least recently used made room");
        Assert.False(answers.TryGet<string>("peers:596", out _), "as many as the comparison needed");
        Assert.True(answers.TryGet<string>("peers:597", out _), "and no more");
    }
}
