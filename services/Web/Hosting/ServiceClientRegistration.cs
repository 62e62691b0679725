using Consortium.Contracts.Districts.V1;
using Consortium.Contracts.Identity.V1;
using Consortium.Contracts.Insights.V1;
using Consortium.Contracts.Pipeline.V1;
using Consortium.Contracts.Submissions.V1;
using Consortium.Contracts.Topics.V1;
using Consortium.Hosting;
using Consortium.Web.Services;

namespace Consortium.Web.Hosting;

/// <summary>
/// The generated gRPC clients, found through service discovery (the app host's references give
/// <c>services__districts__grpc__0</c> and so on), each call carrying the signed-in person's
/// access token. The Web decides nothing: the services enforce every rule.
/// </summary>
internal static class ServiceClientRegistration
{
    public static IServiceCollection AddServiceClients(this IServiceCollection services)
    {
        services.AddServiceDiscovery();
        services.ConfigureHttpClientDefaults(http => http.AddServiceDiscovery());

        AddClient<DistrictsService.DistrictsServiceClient>(services, ResourceNames.Districts);
        AddClient<TopicsService.TopicsServiceClient>(services, ResourceNames.Topics);
        AddClient<SubmissionsService.SubmissionsServiceClient>(services, ResourceNames.Submissions);
        AddClient<PipelineService.PipelineServiceClient>(services, ResourceNames.Pipeline);
        AddClient<InsightsService.InsightsServiceClient>(services, ResourceNames.Insights);
        AddClient<IdentityService.IdentityServiceClient>(services, ResourceNames.Identity);
        return services;
    }

    private static void AddClient<TClient>(IServiceCollection services, string service)
        where TClient : class =>
        services.AddGrpcClient<TClient>(client => client.Address = new Uri($"http://_grpc.{service}"))
            .AddCallCredentials(async (context, metadata, provider) =>
            {
                // The provider is the scope that asked for the client: the page's circuit. The token
                // is renewed first when it is near its end.
                var sessionId = await provider.GetRequiredService<CurrentUser>().SessionIdAsync();
                if (await provider.GetRequiredService<SessionAccess>().AccessTokenAsync(sessionId, context.CancellationToken) is { } token)
                {
                    metadata.Add("Authorization", $"Bearer {token}");
                }
            })
            // Plaintext HTTP/2 between the Web and the services on this machine (as every service talks).
            .ConfigureChannel(channel => channel.UnsafeUseInsecureChannelCallCredentials = true);
}
