using Consortium.Insights.Api;
using Consortium.Insights.Domain.Confidentiality;
using Microsoft.Extensions.Options;
using Xunit;

namespace Consortium.Insights.Tests.Api;

/// <summary>
/// A new generation's group is every asker's at once: its shared part is written once, kept once
/// written, and a write that failed is tried again by the next request rather than assumed done.
/// </summary>
public sealed class AnsweredGroupSetsTests
{
    private readonly AnsweredGroupSets _sets = new(Options.Create(new InsightsOptions()), TimeProvider.System);
    private readonly AnsweredGroupSets.SharedSet _set = new(new MemberSet([Guid.NewGuid(), Guid.NewGuid()]), MemberSet.Empty);

    [Fact]
    public async Task Requests_needing_the_same_new_set_at_once_write_it_once_and_keep_it()
    {
        var writes = 0;
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Func<Task> store = () =>
        {
            Interlocked.Increment(ref writes);
            return written.Task;
        };

        var waiting = Enumerable.Range(0, 4).Select(_ => _sets.EnsureStoredAsync("k", _set, store, CancellationToken.None)).ToList();
        using var givingUp = new CancellationTokenSource();
        var gaveUp = _sets.EnsureStoredAsync("k", _set, store, givingUp.Token);
        await givingUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gaveUp);
        written.SetResult();
        await Task.WhenAll(waiting);

        Assert.Equal(1, writes);
        Assert.True(_sets.TryGet("k", out var kept));
        Assert.Same(_set, kept);
    }

    [Fact]
    public async Task A_failed_write_is_not_kept_and_the_next_request_writes_again()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(
            () => _sets.EnsureStoredAsync("k", _set, () => throw new InvalidOperationException("database down"), CancellationToken.None));
        Assert.False(_sets.TryGet("k", out _));

        var wrote = false;
        await _sets.EnsureStoredAsync("k", _set, () => { wrote = true; return Task.CompletedTask; }, CancellationToken.None);

        Assert.True(wrote);
        Assert.True(_sets.TryGet("k", out _));
    }
}
