using Consortium.Contracts.Districts.V1;
using Consortium.Testing.Services;
using Xunit;

namespace Consortium.Districts.Tests.Api;

public sealed class PaginationTests(DistrictsServiceFixture fixture) : IClassFixture<DistrictsServiceFixture>
{
    [Fact]
    public async Task Pages_walk_the_filtered_directory_in_name_order_without_gaps_or_repeats()
    {
        var marker = $"Paged {Guid.NewGuid():N}"[..14];
        var names = Enumerable.Range(1, 7).Select(i => $"{marker} {i:00}").ToList();
        foreach (var name in names.AsEnumerable().Reverse())
        {
            await fixture.CreateAsync(name);
        }

        var seen = new List<string>();
        var request = new ListDistrictsRequest { PageSize = 3, NameContains = marker };
        var pages = 0;
        do
        {
            var page = await fixture.Staff().ListDistrictsAsync(request);
            Assert.Equal(7, page.TotalSize);
            seen.AddRange(page.Districts.Select(district => district.Name));
            request.PageToken = page.NextPageToken;
            pages++;
        }
        while (!string.IsNullOrEmpty(request.PageToken));

        Assert.Equal(3, pages);
        Assert.Equal(names, seen);
    }

    [Fact]
    public async Task A_page_token_cannot_be_used_with_other_filters()
    {
        var marker = $"Token {Guid.NewGuid():N}"[..14];
        for (var i = 0; i < 3; i++)
        {
            await fixture.CreateAsync($"{marker} {i}");
        }

        var first = await fixture.Staff().ListDistrictsAsync(new ListDistrictsRequest { PageSize = 1, NameContains = marker });

        await RpcAssert.InvalidFields(
            async () => await fixture.Staff().ListDistrictsAsync(new ListDistrictsRequest { PageSize = 1, PageToken = first.NextPageToken, State = "OR" }),
            "page_token");
        await RpcAssert.InvalidFields(async () => await fixture.Staff().ListDistrictsAsync(new ListDistrictsRequest { PageSize = -1 }), "page_size");
    }

    [Fact]
    public async Task Filters_by_membership_status_and_the_cache_follows_changes()
    {
        var marker = $"Filter {Guid.NewGuid():N}"[..15];
        var district = await fixture.CreateAsync($"{marker} A");
        var filter = new ListDistrictsRequest { NameContains = marker, MembershipStatus = MembershipStatus.Suspended };
        Assert.Empty((await fixture.Staff().ListDistrictsAsync(filter)).Districts);

        await fixture.Staff().ChangeMembershipAsync(new ChangeMembershipRequest { DistrictId = district.DistrictId, NewStatus = MembershipStatus.Suspended, Reason = "Dues" });

        Assert.Equal(district.DistrictId, Assert.Single((await fixture.Staff().ListDistrictsAsync(filter)).Districts).DistrictId);
    }
}
