using System.Collections.Concurrent;
using Consortium.Contracts.Caller.V1;
using Consortium.Contracts.Districts.V1;
using Consortium.Contracts.Identity.V1;
using Consortium.Contracts.Insights.V1;
using Consortium.Contracts.Security;
using Consortium.Contracts.Submissions.V1;
using Consortium.Contracts.Topics.V1;
using Consortium.FrontDoor.Platform;
using Consortium.Hosting.Security;
using Grpc.Core;
using Grpc.Net.Client;

namespace Consortium.FrontDoor.Callers;

/// <summary>
/// The platform's gRPC clients over loopback (one HTTP/2 channel per service, as a client process
/// would hold) and the callers' bearer tokens:
/// - consortium staff: the identity service's development client (client credentials);
/// - a district writing its submissions: an automation client registered for it through the
///   identity service's staff API (client credentials, scope submissions.write), as a district's
///   data team would push from its information system;
/// - a district's leaders reading comparisons: district-lead tokens the identity service issues to
///   its development client (the token command's; ADR 23), because people get theirs by signing in
///   in a browser (authorization code), which a load generator cannot do. Every token is the
///   identity service's, validated by the services on every call.
/// </summary>
internal sealed class FrontDoorClients : IDisposable
{
    private readonly HttpClient _http = new();
    private readonly List<GrpcChannel> _channels = [];
    private readonly PlatformAddresses _addresses;
    private readonly ClientCredentials _staff;
    private readonly DevelopmentTokenClient _developmentTokens;
    private readonly ConcurrentDictionary<string, ClientCredentials> _automation = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<Metadata>>> _leaders = new(StringComparer.Ordinal);

    public FrontDoorClients(PlatformAddresses addresses)
    {
        _addresses = addresses;
        _staff = new ClientCredentials(_http, addresses.IdentityHttp, "consortium-development", addresses.DevelopmentClientSecret());
        _developmentTokens = new DevelopmentTokenClient(_http, addresses.IdentityHttp, addresses.DevelopmentClientSecret());
        Districts = new DistrictsService.DistrictsServiceClient(Channel(addresses.Districts));
        Topics = new TopicsService.TopicsServiceClient(Channel(addresses.Topics));
        Submissions = new SubmissionsService.SubmissionsServiceClient(Channel(addresses.Submissions));
        Insights = new InsightsService.InsightsServiceClient(Channel(addresses.Insights));
        InsightsCaller = new CallerService.CallerServiceClient(Channel(addresses.Insights));
        Identity = new IdentityService.IdentityServiceClient(Channel(addresses.Identity));
    }

    public DistrictsService.DistrictsServiceClient Districts { get; }

    public TopicsService.TopicsServiceClient Topics { get; }

    public SubmissionsService.SubmissionsServiceClient Submissions { get; }

    public InsightsService.InsightsServiceClient Insights { get; }

    /// <summary>"Who am I" on the Insights service: the authenticated no-op beside CompareTarget.</summary>
    public CallerService.CallerServiceClient InsightsCaller { get; }

    public IdentityService.IdentityServiceClient Identity { get; }

    public async Task<Metadata> StaffAsync(CancellationToken cancellationToken) => Bearer(await _staff.TokenAsync(cancellationToken));

    /// <summary>Registers the district's automation client (once) and returns its token.</summary>
    public async Task<Metadata> DistrictWriterAsync(string districtId, CancellationToken cancellationToken)
    {
        if (!_automation.TryGetValue(districtId, out var client))
        {
            var registered = await Identity.RegisterAutomationClientAsync(
                new RegisterAutomationClientRequest { DistrictId = districtId, DisplayName = $"Front-door load {districtId[..8]}" },
                await StaffAsync(cancellationToken), cancellationToken: cancellationToken);
            client = _automation.GetOrAdd(districtId, new ClientCredentials(_http, _addresses.IdentityHttp, registered.ClientId, registered.ClientSecret, "submissions.write"));
        }

        return Bearer(await client.TokenAsync(cancellationToken));
    }

    /// <summary>A leader of the district (role district-lead), asked for once and kept for the run (development tokens live 12 hours).</summary>
    public Task<Metadata> LeaderAsync(string districtId, CancellationToken cancellationToken) =>
        _leaders.GetOrAdd(districtId, id => new Lazy<Task<Metadata>>(async () =>
            Bearer(await _developmentTokens.RequestAsync($"front-door-leader-{id}", Roles.DistrictLead, Guid.Parse(id), cancellationToken)))).Value;

    public void Dispose()
    {
        foreach (var channel in _channels)
        {
            channel.Dispose();
        }

        _staff.Dispose();
        foreach (var client in _automation.Values)
        {
            client.Dispose();
        }

        _http.Dispose();
    }

    private GrpcChannel Channel(Uri address)
    {
        var channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true },
        });
        _channels.Add(channel);
        return channel;
    }

    private static Metadata Bearer(string token) => new() { { "Authorization", $"Bearer {token}" } };
}
