using Consortium.Contracts.Events.Districts.V1;
using Consortium.Contracts.Events.Submissions.V1;
using Consortium.Insights.Data.ReadModel;
using Consortium.ServiceDefaults.Domain.Measures;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Consortium.Insights.Tests.Messaging;

/// <summary>Events from Districts, Topics and Submissions build the read model through the real broker and consumers.</summary>
public sealed class ReadModelTests(InsightsServiceFixture fixture) : IClassFixture<InsightsServiceFixture>
{
    [Fact]
    public async Task Districts_topics_and_accepted_submissions_build_rows_contributions_and_distributions()
    {
        var first = await fixture.JoinDistrictAsync(SharingPreferenceV1.Named, localeCode: 21);
        var second = await fixture.JoinDistrictAsync(SharingPreferenceV1.Anonymous, localeCode: 41);
        await fixture.PublishAndWaitAsync(ContractEvents.ProfileUpdated(first.DistrictId, "2025-26", 1, enrollment: 12_000));
        var topic = await fixture.OpenTopicAsync();

        await fixture.AcceptAsync(first.DistrictId, topic, values:
        [
            ContractEvents.Answer(topic, "PCT", 62.5m),
            ContractEvents.Answer(topic, "STAGE", 3),
            ContractEvents.Answer(topic, "POLICY", true),
            ContractEvents.Answer(topic, "NOTES", "Councils in every high school."),
        ]);
        await fixture.AcceptAsync(second.DistrictId, topic, visibility: VisibilityV1.Anonymous, values:
        [
            ContractEvents.Answer(topic, "PCT", 40m),
            ContractEvents.Answer(topic, "STAGE", 1),
            ContractEvents.Answer(topic, "POLICY", false),
        ]);

        var district = await fixture.QueryAsync(db => db.Districts.AsNoTracking().SingleAsync(d => d.Id == second.DistrictId));
        Assert.True(district.Joined);
        Assert.Equal((second.Name, second.NcesLeaId, 41, MembershipStatusV1.Active, SharingPreferenceV1.Anonymous, 1),
            (district.Name, district.NcesLeaId, district.LocaleCode, district.MembershipStatus, district.SharingPreference, district.DistrictVersion));

        var profile = await fixture.QueryAsync(db => db.DistrictProfiles.AsNoTracking().SingleAsync(p => p.DistrictId == first.DistrictId));
        Assert.Equal(("2025-26", 12_000, 41.5m), (profile.SchoolYear, profile.Enrollment, profile.PctEconomicallyDisadvantaged));
        Assert.Equal("collective-responsibility", Assert.Single(profile.CultureConstructs).Code);

        var targets = await fixture.QueryAsync(db => db.Targets.AsNoTracking().Where(t => t.TopicId == topic.TopicId).OrderBy(t => t.Position).ToListAsync());
        Assert.Equal(["PCT", "STAGE", "POLICY", "NOTES"], targets.Select(t => t.Code));
        Assert.Equal(MeasureType.Rubric, targets[1].MeasureType);
        Assert.Equal(3, targets[1].RubricLevels.Count);

        var contributions = await fixture.QueryAsync(db => db.Contributions.AsNoTracking().Where(c => c.TopicId == topic.TopicId).ToListAsync());
        Assert.Equal(6, contributions.Count);
        Assert.DoesNotContain(contributions, c => c.TargetCode == "NOTES");
        Assert.All(contributions.Where(c => c.DistrictId == second.DistrictId), c => Assert.Equal(VisibilityV1.Anonymous, c.Visibility));

        var percentage = await fixture.DistributionAsync(Target(topic, "PCT"));
        Assert.NotNull(percentage);
        Assert.Equal((2, MeasureType.Percentage), (percentage.DistrictCount, percentage.MeasureType));
        Assert.Equal([40m, 62.5m], percentage.SortedValues);
        Assert.Equal([1m, 3m], (await fixture.DistributionAsync(Target(topic, "STAGE")))!.SortedValues);
        var policy = await fixture.DistributionAsync(Target(topic, "POLICY"));
        Assert.Equal((2, 1), (policy!.DistrictCount, policy.YesCount));
        Assert.Null(await fixture.DistributionAsync(Target(topic, "NOTES")));

        var submission = await fixture.QueryAsync(db => db.Submissions.AsNoTracking().SingleAsync(s => s.DistrictId == first.DistrictId && s.TopicId == topic.TopicId));
        Assert.Equal((SubmissionState.Accepted, "Jane Rivera", 3), (submission.Status, submission.ContactName, submission.Values.Count));
    }

    [Fact]
    public async Task A_cycle_follows_its_newest_status_and_keeps_the_details_it_opened_with()
    {
        var opened = ContractEvents.CycleOpened(Guid.CreateVersion7(), version: 1);
        // Newest first: the details still come from the older CycleOpened, the status stays published.
        await fixture.PublishAndWaitAsync(ContractEvents.ResultsPublished(opened.CycleId, 3));
        await fixture.PublishAndWaitAsync(ContractEvents.CycleClosed(opened.CycleId, 2));
        await fixture.PublishAndWaitAsync(opened);

        var cycle = await fixture.QueryAsync(db => db.Cycles.AsNoTracking().SingleAsync(c => c.Id == opened.CycleId));
        Assert.Equal((CycleState.ResultsPublished, 3, opened.Name, opened.SchoolYear), (cycle.Status, cycle.CycleVersion, cycle.Name, cycle.SchoolYear));
        Assert.NotNull(cycle.ResultsPublishedAt);
    }

    [Fact]
    public async Task A_topic_retired_before_it_was_published_stays_retired()
    {
        var topic = ContractEvents.Topic(Guid.CreateVersion7());
        await fixture.PublishAndWaitAsync(ContractEvents.TopicRetired(topic.TopicId, topic.CycleId));
        await fixture.PublishAndWaitAsync(topic);

        var row = await fixture.QueryAsync(db => db.Topics.AsNoTracking().SingleAsync(t => t.Id == topic.TopicId));
        Assert.Equal((topic.Title, true), (row.Title, row.IsPublished));
        Assert.NotNull(row.RetiredAt);
    }

    internal static Guid Target(Contracts.Events.Topics.V1.TopicPublished topic, string code) => topic.Targets.Single(t => t.Code == code).TargetId;
}
