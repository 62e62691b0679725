using Consortium.Contracts.Districts.V1;
using Consortium.Contracts.Identity.V1;
using Consortium.Contracts.Pipeline.V1;
using Consortium.Contracts.Submissions.V1;
using Consortium.Contracts.Topics.V1;
using Consortium.DemoLoader.Loading;
using Consortium.Hosting;
using Consortium.Hosting.Security;
using Grpc.Health.V1;
using Grpc.Net.ClientFactory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Consortium.DemoLoader.Hosting;

internal static class DemoLoaderRegistration
{
    public static IHostApplicationBuilder AddDemoLoader(this IHostApplicationBuilder builder)
    {
        builder.AddLoaderTelemetry();

        builder.Services.AddSingleton<IConfigureOptions<DemoLoaderOptions>, DemoLoaderOptionsSetup>();
        builder.Services.AddSingleton<IValidateOptions<DemoLoaderOptions>, DemoLoaderOptionsValidation>();
        builder.Services.AddOptions<DemoLoaderOptions>().ValidateOnStart();

        builder.Services.AddSingleton(TimeProvider.System);
        // Tokens from the identity service, as its development client (ADR 23).
        builder.Services.AddHttpClient(nameof(DevelopmentTokenClient));
        builder.Services.AddSingleton(services =>
        {
            var settings = services.GetRequiredService<IOptions<DemoLoaderOptions>>().Value;
            var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(DevelopmentTokenClient));
            return new DevelopmentTokenClient(http, settings.IdentityHttpAddress!, settings.DevelopmentClientSecret!);
        });
        builder.Services.AddSingleton<DemoCallers>();
        builder.Services.AddSingleton<WriteOutcomes>();
        builder.Services.AddSingleton<WriteOutcomeInterceptor>();

        AddClient<DistrictsService.DistrictsServiceClient>(builder.Services, ResourceNames.Districts);
        AddClient<TopicsService.TopicsServiceClient>(builder.Services, ResourceNames.Topics);
        AddClient<SubmissionsService.SubmissionsServiceClient>(builder.Services, ResourceNames.Submissions);
        AddClient<PipelineService.PipelineServiceClient>(builder.Services, ResourceNames.Pipeline);
        // Named, and created only when the demo people are loaded (the identity service's address is given).
        builder.Services.AddGrpcClient<IdentityService.IdentityServiceClient>(PeopleStep.IdentityClientName, (services, client) => client.Address = AddressOf(services, ResourceNames.Identity));
        builder.Services.AddGrpcClient<DevelopmentPeopleService.DevelopmentPeopleServiceClient>(PeopleStep.PasswordsClientName, (services, client) => client.Address = AddressOf(services, ResourceNames.Identity));
        foreach (var service in DemoLoaderOptions.Services.Concat(DemoLoaderOptions.OptionalServices))
        {
            // Named by service, so readiness asks each one.
            builder.Services.AddGrpcClient<Health.HealthClient>(service, (services, client) => client.Address = AddressOf(services, service));
        }

        builder.Services.AddTransient<ServiceReadiness>();
        builder.Services.AddTransient<DistrictsStep>();
        builder.Services.AddTransient<CyclesStep>();
        builder.Services.AddTransient<SubmissionsStep>();
        builder.Services.AddTransient<PipelineStep>();
        builder.Services.AddTransient<PeopleStep>();
        builder.Services.AddTransient<DemoLoad>();
        return builder;
    }

    private static void AddClient<TClient>(IServiceCollection services, string service)
        where TClient : class =>
        services.AddGrpcClient<TClient>((provider, client) => client.Address = AddressOf(provider, service))
            .AddInterceptor<WriteOutcomeInterceptor>();

    private static Uri AddressOf(IServiceProvider services, string service) =>
        services.GetRequiredService<IOptions<DemoLoaderOptions>>().Value.AddressOf(service);
}
