using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Consortium.Identity.Development;

/// <summary>
/// The development client (<see cref="IdentityNames.DevelopmentClientId"/>): a confidential
/// client-credentials client whose tokens are consortium staff's. Registered (or its secret
/// updated) at start when the service runs in Development and <c>Identity:DevelopmentClientSecret</c>
/// is set (the app host keeps that secret in its state folder); removed at start otherwise, so a
/// database that once served a local platform never keeps it. The token endpoint refuses it
/// outside Development too.
/// </summary>
public sealed partial class DevelopmentClient(
    IServiceProvider services, IHostEnvironment environment, IOptions<IdentityServiceOptions> options, ILogger<DevelopmentClient> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var existing = await applications.FindByClientIdAsync(IdentityNames.DevelopmentClientId, cancellationToken);
        var secret = options.Value.DevelopmentClientSecret;
        if (!environment.IsDevelopment() || string.IsNullOrEmpty(secret))
        {
            if (existing is not null)
            {
                await applications.DeleteAsync(existing, cancellationToken);
                LogRemoved(logger, IdentityNames.DevelopmentClientId, environment.EnvironmentName);
            }

            return;
        }

        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = IdentityNames.DevelopmentClientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = "Local platform tools (Development only)",
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        };
        if (existing is null)
        {
            await applications.CreateAsync(descriptor, cancellationToken);
        }
        else
        {
            await applications.UpdateAsync(existing, descriptor, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Removed the client {ClientId}: it exists only in Development, and this is {Environment}")]
    private static partial void LogRemoved(ILogger logger, string clientId, string environment);
}
