using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Consortium.Contracts.Districts.V1;
using Consortium.Contracts.Security;
using Consortium.Hosting;
using Consortium.Testing;
using Consortium.Testing.Services;
using Google.Rpc;
using Grpc.Core;
using Npgsql;
using StackExchange.Redis;
using Xunit;

namespace Consortium.Districts.Tests.Api;

/// <summary>
/// When PostgreSQL or Redis cannot be reached the service says so clearly (UNAVAILABLE, a retry
/// hint, no internals), does not wait for a cache, and never answers from a cache older than an
/// accepted change, also once Redis is back with the data it had before (as after a restart from
/// its append-only file). The servers are made unreachable for this one service by a relay.
/// </summary>
public sealed class DegradationTests(TestInfrastructure servers)
{
    [Fact]
    public async Task With_PostgreSQL_unreachable_calls_answer_UNAVAILABLE_with_a_retry_hint_and_no_internals()
    {
        var environment = await ServiceEnvironment.CreateAsync(servers, ResourceNames.DistrictsDb);
        var database = new NpgsqlConnectionStringBuilder(environment.DatabaseConnectionString);
        await using var relay = TcpRelay.Start(database.Host!, database.Port);
        database.Host = "127.0.0.1";
        database.Port = relay.Port;
        database.Timeout = 2;
        await using var service = new ServiceUnderTest<Program>(environment with { DatabaseConnectionString = database.ConnectionString });
        var token = environment.Tokens.Issue("staff", Roles.ConsortiumStaff);
        var client = new DistrictsService.DistrictsServiceClient(service.Channel(token));
        var district = await client.CreateDistrictAsync(DistrictsServiceFixture.NewDistrict());

        relay.Cut();
        foreach (var call in new Func<Task>[]
        {
            async () => await client.GetDistrictAsync(new GetDistrictRequest { DistrictId = district.DistrictId }),
            async () => await client.ListDistrictsAsync(new ListDistrictsRequest()),
            async () => await client.UpdateDistrictAsync(new UpdateDistrictRequest { DistrictId = district.DistrictId, Name = "Renamed while the database was down" }),
        })
        {
            var refused = await RpcAssert.FailsWith(StatusCode.Unavailable, call);
            var retry = refused.GetRpcStatus()?.GetDetail<RetryInfo>()
                ?? throw new Xunit.Sdk.XunitException("UNAVAILABLE carried no google.rpc.RetryInfo.");
            Assert.True(retry.RetryDelay.ToTimeSpan() > TimeSpan.Zero);
            Assert.DoesNotContain("Npgsql", refused.Status.Detail, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(relay.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), refused.Status.Detail, StringComparison.Ordinal);
        }

        using var http = service.Http(token);
        using var response = await http.GetAsync(new Uri($"/v1/districts/{district.DistrictId}", UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(response.Headers.RetryAfter is RetryConditionHeaderValue { Delta: { } delta } && delta > TimeSpan.Zero, "Retry-After header");
        Assert.DoesNotContain("Npgsql", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);

        relay.Resume();
        var again = await EventuallyAsync(() => client.GetDistrictAsync(new GetDistrictRequest { DistrictId = district.DistrictId }).ResponseAsync);
        Assert.Equal(district.Name, again.Name);
    }

    [Fact]
    public async Task With_Redis_unreachable_reads_and_writes_are_answered_from_PostgreSQL()
    {
        var (relay, service, client) = await StartBehindRedisRelayAsync();
        await using var _ = relay;
        await using var __ = service;
        var district = await client.CreateDistrictAsync(DistrictsServiceFixture.NewDistrict());
        await client.ListDistrictsAsync(new ListDistrictsRequest());

        relay.Cut();
        var clock = Stopwatch.StartNew();
        const int rounds = 10;
        for (var i = 1; i <= rounds; i++)
        {
            var renamed = await client.UpdateDistrictAsync(new UpdateDistrictRequest { DistrictId = district.DistrictId, Name = $"Renamed without Redis {i}" });
            var listed = await client.ListDistrictsAsync(new ListDistrictsRequest());
            Assert.Contains(listed.Districts, d => d.DistrictId == district.DistrictId && d.Name == renamed.Name);
        }

        // Reported, not asserted (no timing assertions in tests): the figure for the record.
        TestContext.Current.TestOutputHelper?.WriteLine($"Redis down: {clock.Elapsed.TotalMilliseconds / (rounds * 2):0} ms per call on average");
    }

    [Fact]
    public async Task A_change_accepted_while_Redis_was_away_is_never_hidden_by_the_entries_Redis_kept()
    {
        var (relay, service, client) = await StartBehindRedisRelayAsync();
        await using var _ = relay;
        await using var __ = service;
        var district = await client.CreateDistrictAsync(DistrictsServiceFixture.NewDistrict());
        // Cached twice over, so the page is certainly in Redis under the current generation.
        await client.ListDistrictsAsync(new ListDistrictsRequest());
        await client.ListDistrictsAsync(new ListDistrictsRequest());

        relay.Cut();
        var renamed = await client.UpdateDistrictAsync(new UpdateDistrictRequest { DistrictId = district.DistrictId, Name = "Renamed while Redis was away" });
        relay.Resume();

        // Whether the connection is back yet or not, no answer may show the old name.
        for (var i = 0; i < 20; i++)
        {
            var listed = await client.ListDistrictsAsync(new ListDistrictsRequest());
            Assert.Equal(renamed.Name, Assert.Single(listed.Districts, d => d.DistrictId == district.DistrictId).Name);
            await Task.Delay(TimeSpan.FromMilliseconds(200), TestContext.Current.CancellationToken);
        }
    }

    private async Task<(TcpRelay Relay, ServiceUnderTest<Program> Service, DistrictsService.DistrictsServiceClient Client)> StartBehindRedisRelayAsync()
    {
        var environment = await ServiceEnvironment.CreateAsync(servers, ResourceNames.DistrictsDb);
        var redis = ConfigurationOptions.Parse(environment.RedisConnectionString);
        var endpoint = (IPEndPoint)(redis.EndPoints.Single() is DnsEndPoint dns
            ? new IPEndPoint(IPAddress.Loopback, dns.Port)
            : redis.EndPoints.Single());
        var relay = TcpRelay.Start(endpoint.Address.ToString(), endpoint.Port);
        redis.EndPoints.Clear();
        redis.EndPoints.Add(IPAddress.Loopback, relay.Port);
        var service = new ServiceUnderTest<Program>(environment with { RedisConnectionString = redis.ToString(includePassword: true) });
        var client = new DistrictsService.DistrictsServiceClient(service.Channel(environment.Tokens.Issue("staff", Roles.ConsortiumStaff)));
        return (relay, service, client);
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> call)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await call();
            }
            catch (RpcException exception) when (exception.StatusCode == StatusCode.Unavailable && deadline.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), TestContext.Current.CancellationToken);
            }
        }
    }
}
