using Consortium.Contracts.Pipeline.V1;
using Consortium.Testing.Services;
using Grpc.Core;
using Xunit;

namespace Consortium.Pipeline.Tests.Api;

public sealed class PaginationAndIdempotencyTests(PipelineServiceFixture fixture) : IClassFixture<PipelineServiceFixture>
{
    [Fact]
    public async Task Pages_walk_a_filtered_list_in_name_order_without_gaps_or_repeats()
    {
        var district = await fixture.NewDistrictAsync();
        var names = new[] { "Avery Stone", "Blake Ruiz", "Casey Ng", "Drew Patel", "Emery Cho" };
        foreach (var name in names.Reverse())
        {
            await fixture.EnrollAsync(district, name, PipelineStage.Emerging);
        }

        await fixture.EnrollAsync(district, "Aaron Aspiring", PipelineStage.Aspiring);
        var lead = fixture.LeadOf(district);

        var seen = new List<string>();
        var request = new ListLeadersRequest { PageSize = 2, Stage = PipelineStage.Emerging };
        do
        {
            var page = await lead.ListLeadersAsync(request);
            Assert.Equal(5, page.TotalSize);
            seen.AddRange(page.Leaders.Select(l => l.Name));
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);

        Assert.Equal(names, seen);
        var first = await lead.ListLeadersAsync(new ListLeadersRequest { PageSize = 2, Stage = PipelineStage.Emerging });
        await RpcAssert.InvalidFields(
            async () => await lead.ListLeadersAsync(new ListLeadersRequest { PageSize = 2, PageToken = first.NextPageToken, Stage = PipelineStage.Aspiring }),
            "page_token");
    }

    [Fact]
    public async Task A_retried_enrollment_returns_the_first_result_and_creates_one_leader()
    {
        var district = await fixture.NewDistrictAsync();
        var request = PipelineServiceFixture.NewLeader(district);
        request.RequestId = Guid.NewGuid().ToString();
        var lead = fixture.LeadOf(district);

        var first = await lead.EnrollLeaderAsync(request);
        var retry = await lead.EnrollLeaderAsync(request);

        Assert.Equal(first, retry);
        Assert.Equal(1, await fixture.CountLeadersAsync(district));
        request.Name = "Someone Else";
        await RpcAssert.FailsWith(StatusCode.AlreadyExists, async () => await lead.EnrollLeaderAsync(request));
    }

    [Fact]
    public async Task A_retried_stage_change_applies_once_and_a_stale_version_is_aborted()
    {
        var district = await fixture.NewDistrictAsync();
        var leader = await fixture.EnrollAsync(district, stage: PipelineStage.Aspiring);
        var lead = fixture.LeadOf(district);
        var request = new ChangeStageRequest { RequestId = Guid.NewGuid().ToString(), LeaderId = leader.LeaderId, Stage = PipelineStage.Emerging, ExpectedVersion = leader.Version };

        var first = await lead.ChangeStageAsync(request);
        var retry = await lead.ChangeStageAsync(request);

        Assert.Equal(first, retry);
        Assert.Equal(2, first.StageHistory.Count);
        await RpcAssert.FailsWith(StatusCode.Aborted, async () => await lead.ChangeStageAsync(
            new ChangeStageRequest { LeaderId = leader.LeaderId, Stage = PipelineStage.Established, ExpectedVersion = leader.Version }));
    }
}
