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
    private readonly Guid _target = Guid.NewGuid();

    [Fact]
    public async Task Requests_needing_the_same_new_set_at_once_write_it_once_and_keep_it()
    {
        var writes = 0;
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Func<AnsweredGroupSets.SetChange?, Task<bool>> store = async _ =>
        {
            Interlocked.Increment(ref writes);
            await written.Task;
            return true;
        };

        var waiting = Enumerable.Range(0, 4).Select(_ => _sets.EnsureStoredAsync(_target, "k", _set, store, CancellationToken.None)).ToList();
        using var givingUp = new CancellationTokenSource();
        var gaveUp = _sets.EnsureStoredAsync(_target, "k", _set, store, givingUp.Token);
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
            () => _sets.EnsureStoredAsync(_target, "k", _set, _ => throw new InvalidOperationException("database down"), CancellationToken.None));
        Assert.False(_sets.TryGet("k", out _));

        var wrote = false;
        await _sets.EnsureStoredAsync(_target, "k", _set, _ => { wrote = true; return Task.FromResult(true); }, CancellationToken.None);

        Assert.True(wrote);
        Assert.True(_sets.TryGet("k", out _));
    }

    [Fact]
    public async Task A_set_close_to_one_stored_before_for_its_target_is_stored_as_its_change_and_a_distant_one_whole()
    {
        var first = new AnsweredGroupSets.SharedSet(new MemberSet(Enumerable.Range(0, 100).Select(_ => Guid.NewGuid())), MemberSet.Empty);
        var close = first with { Members = new MemberSet([.. first.Members.Members, Guid.NewGuid()]) };
        var peers = new AnsweredGroupSets.SharedSet(new MemberSet(Enumerable.Range(0, 21).Select(_ => Guid.NewGuid())), MemberSet.Empty);
        var closer = close with { Members = new MemberSet([.. close.Members.Members, Guid.NewGuid()]) };
        var distant = first with { Members = new MemberSet(Enumerable.Range(0, 100).Select(_ => Guid.NewGuid())) };
        var changes = new List<AnsweredGroupSets.SetChange?>();
        Func<AnsweredGroupSets.SetChange?, Task<bool>> store = change =>
        {
            changes.Add(change);
            return Task.FromResult(true);
        };

        await _sets.EnsureStoredAsync(_target, "first", first, store, CancellationToken.None);
        await _sets.EnsureStoredAsync(_target, "close", close, store, CancellationToken.None);
        await _sets.EnsureStoredAsync(_target, "a leader's peers", peers, store, CancellationToken.None);
        await _sets.EnsureStoredAsync(_target, "closer", closer, store, CancellationToken.None);
        await _sets.EnsureStoredAsync(Guid.NewGuid(), "another target", closer with { Shown = new MemberSet([closer.Members.Members[0]]) }, store, CancellationToken.None);
        await _sets.EnsureStoredAsync(_target, "distant", distant, store, CancellationToken.None);

        Assert.Null(changes[0]);
        Assert.Equal(("first", 1), (changes[1]?.BaseKey, changes[1]?.Depth));
        Assert.Equal(close, changes[1]!.ApplyTo(first));
        Assert.Null(changes[2]);
        Assert.Equal(("close", 2), (changes[3]?.BaseKey, changes[3]?.Depth));
        Assert.Equal(closer, changes[3]!.ApplyTo(close));
        Assert.Null(changes[4]);
        Assert.Null(changes[5]);
    }

    [Fact]
    public async Task A_set_found_already_stored_is_never_a_base_its_depth_being_unknown()
    {
        var first = new AnsweredGroupSets.SharedSet(new MemberSet(Enumerable.Range(0, 100).Select(_ => Guid.NewGuid())), MemberSet.Empty);
        var close = first with { Members = new MemberSet([.. first.Members.Members, Guid.NewGuid()]) };
        var changes = new List<AnsweredGroupSets.SetChange?>();

        await _sets.EnsureStoredAsync(_target, "stored by another instance", first, change =>
        {
            changes.Add(change);
            return Task.FromResult(false);
        }, CancellationToken.None);
        await _sets.EnsureStoredAsync(_target, "close", close, change =>
        {
            changes.Add(change);
            return Task.FromResult(true);
        }, CancellationToken.None);

        Assert.Equal([null, null], changes);
        Assert.True(_sets.TryGet("stored by another instance", out _));
    }
}
