using Consortium.Contracts.Districts.V1;
using Consortium.Testing.Services;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Consortium.Districts.Tests.Api;

public sealed class IdempotencyTests(DistrictsServiceFixture fixture) : IClassFixture<DistrictsServiceFixture>
{
    [Fact]
    public async Task A_retried_create_returns_the_first_district_and_creates_nothing_more()
    {
        var request = DistrictsServiceFixture.NewDistrict();
        request.RequestId = Guid.NewGuid().ToString();
        var outboxBefore = await fixture.CountOutboxAsync();

        var first = await fixture.Staff().CreateDistrictAsync(request);
        var retry = await fixture.Staff().CreateDistrictAsync(request);

        Assert.Equal(first, retry);
        Assert.Equal(1, await fixture.QueryAsync(db => db.Districts.CountAsync(d => d.Name == request.Name)));
        Assert.Equal(outboxBefore + 1, await fixture.CountOutboxAsync());
    }

    [Fact]
    public async Task Concurrent_duplicates_create_one_district()
    {
        var request = DistrictsServiceFixture.NewDistrict();
        request.RequestId = Guid.NewGuid().ToString();

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => fixture.Staff().CreateDistrictAsync(request).ResponseAsync));

        Assert.Single(results.Select(r => r.DistrictId).Distinct());
        Assert.Equal(1, await fixture.QueryAsync(db => db.Districts.CountAsync(d => d.Name == request.Name)));
    }

    [Fact]
    public async Task Reusing_a_request_id_for_a_different_request_is_already_exists()
    {
        var request = DistrictsServiceFixture.NewDistrict();
        request.RequestId = Guid.NewGuid().ToString();
        await fixture.Staff().CreateDistrictAsync(request);

        var different = DistrictsServiceFixture.NewDistrict();
        different.RequestId = request.RequestId;

        await RpcAssert.FailsWith(Grpc.Core.StatusCode.AlreadyExists, async () => await fixture.Staff().CreateDistrictAsync(different));
        Assert.Equal(0, await fixture.QueryAsync(db => db.Districts.CountAsync(d => d.Name == different.Name)));
    }

    [Fact]
    public async Task A_retried_membership_change_is_applied_once()
    {
        var district = await fixture.CreateAsync();
        var change = new ChangeMembershipRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            DistrictId = district.DistrictId,
            NewStatus = MembershipStatus.Suspended,
            Reason = "Dues unpaid",
        };

        await fixture.Staff().ChangeMembershipAsync(change);
        var retry = await fixture.Staff().ChangeMembershipAsync(change);

        Assert.Equal(2, retry.MembershipHistory.Count);
        Assert.Equal(district.Version + 1, retry.Version);
    }
}
