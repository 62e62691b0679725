using Consortium.Contracts.Caller.V1;
using Consortium.Contracts.Security;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;
using Xunit;

namespace Consortium.Districts.Tests.Api;

/// <summary>
/// What gRPC-native tools rely on: the standard health service and server reflection, both
/// without a token; and "who am I" (every service's, from ServiceDefaults), only with one.
/// </summary>
public sealed class GrpcDiscoveryTests(DistrictsServiceFixture fixture) : IClassFixture<DistrictsServiceFixture>
{
    [Fact]
    public async Task The_grpc_health_service_reports_serving()
    {
        var health = new Health.HealthClient(fixture.Service.Channel(token: null));

        var response = await health.CheckAsync(new HealthCheckRequest());

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }

    [Fact]
    public async Task Reflection_lists_the_districts_service()
    {
        var reflection = new ServerReflection.ServerReflectionClient(fixture.Service.Channel(token: null));

        using var call = reflection.ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = string.Empty });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(TestContext.Current.CancellationToken));

        Assert.Contains(call.ResponseStream.Current.ListServicesResponse.Service, service => service.Name == "consortium.districts.v1.DistrictsService");
    }

    [Fact]
    public async Task Who_am_i_answers_from_the_token()
    {
        var district = Guid.NewGuid();
        var caller = new CallerService.CallerServiceClient(fixture.Service.Channel(fixture.Service.Tokens.Issue("lead-7", Roles.DistrictLead, district)));

        var response = await caller.WhoAmIAsync(new WhoAmIRequest(), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("lead-7", response.Subject);
        Assert.Equal([Roles.DistrictLead], response.Roles);
        Assert.Equal(district.ToString(), response.DistrictId);
    }

    [Fact]
    public async Task Who_am_i_needs_a_token()
    {
        var caller = new CallerService.CallerServiceClient(fixture.Service.Channel(token: null));

        var refused = await Assert.ThrowsAsync<RpcException>(async () => await caller.WhoAmIAsync(new WhoAmIRequest(), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
    }
}
