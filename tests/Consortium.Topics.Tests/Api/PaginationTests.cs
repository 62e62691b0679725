using Consortium.Contracts.Topics.V1;
using Consortium.Testing.Services;
using Xunit;

namespace Consortium.Topics.Tests.Api;

public sealed class PaginationTests(TopicsServiceFixture fixture) : IClassFixture<TopicsServiceFixture>
{
    [Fact]
    public async Task Topic_pages_walk_a_cycle_in_title_order_without_gaps_or_repeats()
    {
        var cycle = await fixture.CreateCycleAsync();
        var titles = Enumerable.Range(1, 7).Select(i => $"Topic {i:00}").ToList();
        foreach (var title in titles.AsEnumerable().Reverse())
        {
            await fixture.Staff().CreateTopicAsync(TopicsServiceFixture.NewTopic(cycle.CycleId, title));
        }

        var seen = new List<string>();
        var request = new ListTopicsRequest { CycleId = cycle.CycleId, PageSize = 3 };
        var pages = 0;
        do
        {
            var page = await fixture.Staff().ListTopicsAsync(request);
            Assert.Equal(7, page.TotalSize);
            seen.AddRange(page.Topics.Select(topic => topic.Title));
            request.PageToken = page.NextPageToken;
            pages++;
        }
        while (!string.IsNullOrEmpty(request.PageToken));

        Assert.Equal(3, pages);
        Assert.Equal(titles, seen);
    }

    [Fact]
    public async Task Cycle_pages_run_newest_first_and_filter_by_status()
    {
        var created = new List<Cycle>();
        for (var i = 0; i < 5; i++)
        {
            created.Add(await fixture.CreateCycleAsync());
        }

        await fixture.Staff().OpenCycleAsync(new OpenCycleRequest { CycleId = created[0].CycleId });

        var seen = new List<string>();
        var request = new ListCyclesRequest { PageSize = 2, Status = CycleStatus.Planning };
        do
        {
            var page = await fixture.Staff().ListCyclesAsync(request);
            seen.AddRange(page.Cycles.Select(cycle => cycle.CycleId));
            request.PageToken = page.NextPageToken;
        }
        while (!string.IsNullOrEmpty(request.PageToken));

        var expected = created.Skip(1).Select(cycle => cycle.CycleId).Reverse().ToList();
        Assert.Equal(expected, seen.Where(expected.Contains));
        Assert.DoesNotContain(created[0].CycleId, seen);
    }

    [Fact]
    public async Task A_page_token_cannot_be_used_with_other_filters()
    {
        var cycle = await fixture.CreateCycleAsync();
        await fixture.CreateTopicAsync(cycle.CycleId);
        await fixture.CreateTopicAsync(cycle.CycleId);
        var first = await fixture.Staff().ListTopicsAsync(new ListTopicsRequest { CycleId = cycle.CycleId, PageSize = 1 });

        await RpcAssert.InvalidFields(
            async () => await fixture.Staff().ListTopicsAsync(new ListTopicsRequest { PageSize = 1, PageToken = first.NextPageToken, Status = TopicStatus.Published }),
            "page_token");
        await RpcAssert.InvalidFields(async () => await fixture.Staff().ListCyclesAsync(new ListCyclesRequest { PageSize = -1 }), "page_size");
    }
}
