using System.Globalization;
using System.Runtime.Versioning;
using Consortium.Hosting.Servers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Npgsql;
using RabbitMQ.Client;

namespace Consortium.AppHost.LocalServers;

/// <summary>
/// PostgreSQL, RabbitMQ and Redis as Aspire executable resources from Debian's packages, for
/// machines without a container runtime. Each implements <see cref="IResourceWithConnectionString"/>
/// in the shape of Aspire's own container integrations, and has a health check that means "answers
/// its protocol", so <c>WithReference</c> and <c>WaitFor</c> work exactly as with containers.
/// Ports are chosen free at start (not proxied: clients talk to the server itself); data, passwords
/// and node identities live in <c>stateDirectory/&lt;name&gt;</c>.
/// </summary>
[SupportedOSPlatform("linux")]
public static class LocalServerBuilderExtensions
{
    public static IResourceBuilder<LocalPostgresResource> AddLocalPostgres(this IDistributedApplicationBuilder builder, string name, string stateDirectory)
    {
        var dataDirectory = Path.Combine(stateDirectory, name);
        var password = builder.AddParameter($"{name}-password", new KeptSecret(() => PostgresCluster.Password(dataDirectory)), secret: true);
        var postgres = Path.Combine(ServerBinaries.PostgresBinDirectory(), "postgres");
        var port = FreePorts.Take();

        // postgres refuses to run as root; setpriv execs it in place as the postgres user (runuser
        // would stay as a parent process that the orchestrator's stop signal reaches instead).
        // PostgreSQL writes its log, routine lines included, to stderr, which the dashboard and the
        // app host show as errors; each line carries its own level (LOG, WARNING, ERROR, FATAL), so
        // a shell that execs the server in place sends it to stdout.
        const string command = "/bin/sh";
        List<string> arguments = ["-c", "exec \"$@\" 2>&1", "postgres"];
        if (PostgresCluster.ServerUser is not null)
        {
            arguments.AddRange(["/usr/bin/setpriv", $"--reuid={PostgresCluster.ServerUser}", $"--regid={PostgresCluster.ServerUser}", "--init-groups", "--"]);
        }

        arguments.Add(postgres);
        arguments.AddRange(["-D", PostgresCluster.ClusterDirectory(dataDirectory)]);
        arguments.AddRange(PostgresCluster.ServerOptions(port, durable: true));

        var server = new LocalPostgresResource(name, command, dataDirectory, password.Resource);
        builder.Services.AddHostedService(services => ActivatorUtilities.CreateInstance<PostgresFastShutdown>(services, dataDirectory));
        var healthCheck = AddHealthCheck(builder, name, cancellationToken => OpensConnectionAsync(server, cancellationToken));
        return builder.AddResource(server)
            .WithEndpoint(port: port, targetPort: port, scheme: "tcp", name: LocalServerResource.EndpointName, isProxied: false)
            .WithArgs([.. arguments])
            .WithHealthCheck(healthCheck)
            .OnBeforeResourceStarted((resource, startEvent, cancellationToken) =>
                PostgresCluster.EnsureCreatedAsync(dataDirectory, durable: true, LoggerFor(startEvent.Services, resource), cancellationToken));
    }

    /// <summary>A database, created (if missing) as soon as the server is ready.</summary>
    public static IResourceBuilder<LocalPostgresDatabaseResource> AddDatabase(this IResourceBuilder<LocalPostgresResource> server, string name)
    {
        var database = new LocalPostgresDatabaseResource(name, server.Resource);
        server.OnResourceReady(async (resource, readyEvent, cancellationToken) =>
        {
            await using var admin = NpgsqlDataSource.Create(await resource.ConnectionStringExpression.GetValueAsync(cancellationToken) + ";Database=postgres");
            if (await EnsureOnceServerAnswersAsync(admin, name, cancellationToken))
            {
                LoggerFor(readyEvent.Services, resource).LogInformation("Created database {Database}", name);
            }

            await readyEvent.Services.GetRequiredService<ResourceNotificationService>()
                .PublishUpdateAsync(database, state => state with { State = KnownResourceStates.Running });
        });

        var healthCheck = AddHealthCheck(server.ApplicationBuilder, name, cancellationToken => OpensConnectionAsync(database, cancellationToken));
        return server.ApplicationBuilder.AddResource(database)
            .WithHealthCheck(healthCheck)
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "PostgresDatabase",
                State = KnownResourceStates.Waiting,
                Properties = [],
            });
    }

    public static IResourceBuilder<LocalRedisResource> AddLocalRedis(this IDistributedApplicationBuilder builder, string name, string stateDirectory)
    {
        var dataDirectory = Path.Combine(stateDirectory, name);
        var password = builder.AddParameter($"{name}-password", new KeptSecret(() => RedisConfiguration.Password(dataDirectory)), secret: true);
        var port = FreePorts.Take();

        var server = new LocalRedisResource(name, ServerBinaries.RedisServer(), dataDirectory, password.Resource);
        var healthCheck = AddHealthCheck(builder, name, async cancellationToken =>
            await TcpProbes.AnswersRedisPingAsync(port, await server.Password.GetValueAsync(cancellationToken) ?? string.Empty, cancellationToken));
        return builder.AddResource(server)
            .WithEndpoint(port: port, targetPort: port, scheme: "tcp", name: LocalServerResource.EndpointName, isProxied: false)
            // The file holds the password (out of the process list); the port follows it on the command line.
            .WithArgs(RedisConfiguration.ConfigFile(dataDirectory), "--port", port.ToString(CultureInfo.InvariantCulture))
            .WithHealthCheck(healthCheck)
            .OnBeforeResourceStarted((_, _, _) =>
            {
                RedisConfiguration.Write(dataDirectory, durable: true);
                return Task.CompletedTask;
            });
    }

    public static IResourceBuilder<LocalRabbitMqResource> AddLocalRabbitMq(this IDistributedApplicationBuilder builder, string name, string stateDirectory)
    {
        var dataDirectory = Path.GetFullPath(Path.Combine(stateDirectory, name));
        var password = builder.AddParameter($"{name}-password", new KeptSecret(() => RabbitMqNodeFiles.Password(dataDirectory)), secret: true);
        int amqpPort = FreePorts.Take(), managementPort = FreePorts.Take(), epmdPort = FreePorts.Take(), distributionPort = FreePorts.Take();

        // Erlang's port mapper in the foreground, as a resource: one the broker started itself would
        // be a daemon that outlives the app host.
        var portMapper = builder.AddExecutable($"{name}-epmd", ServerBinaries.Epmd(), dataDirectory, "-port", epmdPort.ToString(CultureInfo.InvariantCulture), "-address", "127.0.0.1")
            .WithEndpoint(port: epmdPort, targetPort: epmdPort, scheme: "tcp", name: "tcp", isProxied: false);
        var portMapperCheck = AddHealthCheck(builder, $"{name}-epmd", cancellationToken => TcpProbes.AnswersEpmdAsync(epmdPort, cancellationToken));
        portMapper.WithHealthCheck(portMapperCheck);

        var server = new LocalRabbitMqResource(name, ServerBinaries.RabbitMqServerScript(), dataDirectory, password.Resource);
        builder.Services.AddHostedService(services => ActivatorUtilities.CreateInstance<RabbitMqOrderlyStop>(services, RabbitMqNodeFiles.PidFile(dataDirectory)));
        var healthCheck = AddHealthCheck(builder, name, cancellationToken => OpensAmqpConnectionAsync(server, cancellationToken));
        var broker = builder.AddResource(server)
            .WithEndpoint(port: amqpPort, targetPort: amqpPort, scheme: "tcp", name: LocalServerResource.EndpointName, isProxied: false)
            .WithEndpoint(port: managementPort, targetPort: managementPort, scheme: "http", name: LocalRabbitMqResource.ManagementEndpointName, isProxied: false)
            .WithEnvironment(context =>
            {
                // Nothing of a developer's own RabbitMQ/Erlang settings may reach the private node.
                foreach (var (variable, value) in RabbitMqNodeFiles.ServerEnvironment(dataDirectory, amqpPort, distributionPort, epmdPort))
                {
                    context.EnvironmentVariables[variable] = value;
                }
            })
            .WithHealthCheck(healthCheck)
            .WaitFor(portMapper)
            .OnBeforeResourceStarted((_, _, _) =>
            {
                RabbitMqNodeFiles.Write(dataDirectory, managementPort);
                return Task.CompletedTask;
            });
        return broker;
    }

    /// <summary>
    /// Creates the database once the server answers. The orchestrator can report a restarted server
    /// ready from the health of its previous process, before the new one listens (seen after a
    /// SIGKILL); a failure here would be kept as the server's ready result, and every service that
    /// waits for it could then never be started again. So a server that cannot answer yet is waited for.
    /// </summary>
    private static async Task<bool> EnsureOnceServerAnswersAsync(NpgsqlDataSource admin, string name, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await PostgresDatabases.EnsureAsync(admin, name, cancellationToken);
            }
            catch (NpgsqlException exception) when (exception.IsTransient)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    private static string AddHealthCheck(IDistributedApplicationBuilder builder, string resourceName, Func<CancellationToken, Task<bool>> answers) =>
        builder.AddPromptReadinessCheck($"{resourceName}-answers", async cancellationToken =>
        {
            try
            {
                return await answers(cancellationToken) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy($"{resourceName} does not answer yet");
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return HealthCheckResult.Unhealthy($"{resourceName} does not answer yet", exception);
            }
        });

    private static async Task<bool> OpensConnectionAsync(IResourceWithConnectionString resource, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(await resource.ConnectionStringExpression.GetValueAsync(cancellationToken));
        await connection.OpenAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Signs in and closes cleanly, as a client does: a probe that hangs up after the protocol
    /// header made the broker log two warnings ("client unexpectedly closed TCP connection") on
    /// every check.
    /// </summary>
    private static async Task<bool> OpensAmqpConnectionAsync(LocalRabbitMqResource resource, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory
        {
            Uri = new Uri(await resource.ConnectionStringExpression.GetValueAsync(cancellationToken) ?? throw new InvalidOperationException("The broker has no address yet.")),
            ClientProvidedName = "app host health check",
            AutomaticRecoveryEnabled = false,
            RequestedConnectionTimeout = TimeSpan.FromSeconds(5),
        };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        await connection.CloseAsync(cancellationToken);
        return true;
    }

    private static ILogger LoggerFor(IServiceProvider services, IResource resource) =>
        services.GetRequiredService<ResourceLoggerService>().GetLogger(resource);
}
