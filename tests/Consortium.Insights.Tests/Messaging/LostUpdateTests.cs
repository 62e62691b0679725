using Consortium.Contracts.Events;
using Consortium.Contracts.Events.Pipeline.V1;
using Consortium.Insights.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Consortium.Insights.Tests.Messaging;

/// <summary>
/// Two events about the same local copy applied at once (two messages of one queue after a database
/// outage, or two event types in their own queues) keep the newer one: the older, which read the row
/// before the newer committed, must not write over it. The test makes the race certain: it holds the
/// row's lock until both consumers are waiting to update it, the newer one first, then lets them go.
/// </summary>
public sealed class LostUpdateTests(InsightsServiceFixture fixture) : IClassFixture<InsightsServiceFixture>
{
    [Fact]
    public async Task An_older_profile_applied_at_the_same_time_as_a_newer_one_does_not_replace_it()
    {
        var joined = await fixture.JoinDistrictAsync();
        await fixture.PublishAndWaitAsync(ContractEvents.ProfileUpdated(joined.DistrictId, version: 1, enrollment: 1_000));

        await ApplyTogetherAsync(
            "district_profiles",
            $"SELECT 1 FROM district_profiles WHERE district_id = {joined.DistrictId} FOR UPDATE",
            newer: ContractEvents.ProfileUpdated(joined.DistrictId, version: 3, enrollment: 1_425),
            older: ContractEvents.ProfileUpdated(joined.DistrictId, version: 2, enrollment: 1_412));

        var profile = await fixture.QueryAsync(db => db.DistrictProfiles.AsNoTracking().SingleAsync(p => p.DistrictId == joined.DistrictId));
        Assert.Equal((3, 1_425), (profile.ProfileVersion, profile.Enrollment));
    }

    [Fact]
    public async Task An_older_leader_event_of_another_queue_applied_at_the_same_time_does_not_replace_a_newer_one()
    {
        var joined = await fixture.JoinDistrictAsync();
        var leaderId = Guid.CreateVersion7();
        await fixture.PublishAndWaitAsync(ContractEvents.LeaderEnrolled(leaderId, joined.DistrictId, version: 1));

        await ApplyTogetherAsync(
            "pipeline_leaders",
            $"SELECT 1 FROM pipeline_leaders WHERE leader_id = {leaderId} FOR UPDATE",
            newer: ContractEvents.LeaderLeft(leaderId, joined.DistrictId, version: 3, PipelineStageV1.Established),
            older: ContractEvents.StageChanged(leaderId, joined.DistrictId, version: 2, PipelineStageV1.Emerging, PipelineStageV1.Established));

        var leader = await fixture.QueryAsync(db => db.Leaders.AsNoTracking().SingleAsync(l => l.LeaderId == leaderId));
        Assert.Equal((3, PipelineStageV1.Established, false), (leader.LeaderVersion, leader.Stage, leader.Active));
    }

    // Holds the row's lock, lets the newer event's consumer queue for it, then the older one's,
    // and releases it: both read the row before either wrote it, and the newer writes first.
    private async Task ApplyTogetherAsync(string table, FormattableString lockRow, IntegrationEvent newer, IntegrationEvent older)
    {
        await using var scope = fixture.Service.Services.CreateAsyncScope();
        var holder = scope.ServiceProvider.GetRequiredService<InsightsDbContext>();
        await using var held = await holder.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
        Assert.Equal(1, await holder.Database.SqlQuery<int>(lockRow).CountAsync(TestContext.Current.CancellationToken));

        var newerApplied = fixture.PublishAndWaitAsync(newer);
        await WaitForUpdatesQueuedAsync(table, 1);
        var olderApplied = fixture.PublishAndWaitAsync(older);
        await WaitForUpdatesQueuedAsync(table, 2);

        await held.CommitAsync(TestContext.Current.CancellationToken);
        await Task.WhenAll(newerApplied, olderApplied);
    }

    private Task WaitForUpdatesQueuedAsync(string table, int count) =>
        fixture.WaitUntilAsync(
            async db => await db.Database.SqlQuery<int>($"""
                SELECT count(*)::int AS "Value" FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE {"%UPDATE%" + table + "%"}
                """).SingleAsync() >= count,
            $"{count} consumer(s) waiting to update {table}");
}
