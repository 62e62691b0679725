using Consortium.Hosting;

namespace Consortium.Testing.Services;

/// <summary>
/// What a service under test connects to: its own database, virtual host and key prefix on the
/// shared servers, and a token issuer (whose public key is all the service gets). Kept apart from the host so a test can restart a service
/// on the same state, or point a second process at it.
/// </summary>
public sealed record ServiceEnvironment(
    string DatabaseConnectionName,
    string DatabaseConnectionString,
    string MessagingConnectionString,
    string RedisConnectionString,
    string RedisKeyPrefix,
    TestTokenIssuer Tokens)
{
    /// <summary>Creates fresh isolated state for one service on the shared servers.</summary>
    public static async Task<ServiceEnvironment> CreateAsync(TestInfrastructure servers, string databaseConnectionName, string? messagingConnectionString = null)
    {
        var database = await servers.CreateDatabaseAsync(databaseConnectionName);
        var messaging = messagingConnectionString ?? await servers.CreateVirtualHostAsync(databaseConnectionName);
        return new ServiceEnvironment(
            databaseConnectionName,
            database,
            messaging,
            servers.RedisConnectionString,
            servers.NewKeyPrefix(databaseConnectionName),
            TestTokenIssuer.CreateRandom());
    }

    /// <summary>
    /// The configuration the AppHost would give the service, in configuration-path form; the token
    /// validation settings are applied as options (<see cref="TestTokenIssuer.ConfigureValidation"/>):
    /// configuration can only carry symmetric keys.
    /// </summary>
    public IEnumerable<KeyValuePair<string, string?>> Configuration()
    {
        yield return new($"ConnectionStrings:{DatabaseConnectionName}", DatabaseConnectionString);
        yield return new($"ConnectionStrings:{ResourceNames.RabbitMq}", MessagingConnectionString);
        yield return new($"ConnectionStrings:{ResourceNames.Redis}", RedisConnectionString);
        yield return new("Cache:KeyPrefix", RedisKeyPrefix);
    }
}
