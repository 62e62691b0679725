using System.Net.Sockets;
using Consortium.ServiceDefaults.Grpc;
using Consortium.ServiceDefaults.Outages;
using Google.Rpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using StackExchange.Redis;
using Xunit;

namespace Consortium.ServiceDefaults.Tests.Outages;

/// <summary>What counts as an unreachable server, how it is answered, and that an outage is logged once.</summary>
public sealed class OutageTests
{
    [Fact]
    public void Npgsql_connection_failures_and_shutdown_states_are_database_outages_and_bugs_are_not()
    {
        var refused = new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused));
        Assert.Equal(UnreachableServers.Database, UnreachableServers.Classify(refused));
        Assert.Equal(UnreachableServers.Database, UnreachableServers.Classify(new InvalidOperationException("transient", refused)));
        Assert.Equal(UnreachableServers.Database, UnreachableServers.Classify(new DbUpdateException("save", refused)));
        Assert.Equal(UnreachableServers.Database, UnreachableServers.Classify(Postgres(PostgresErrorCodes.AdminShutdown)));
        Assert.Equal(UnreachableServers.Database, UnreachableServers.Classify(Postgres(PostgresErrorCodes.ConnectionFailure)));

        Assert.Null(UnreachableServers.Classify(Postgres(PostgresErrorCodes.UniqueViolation)));
        Assert.Null(UnreachableServers.Classify(Postgres(PostgresErrorCodes.UndefinedTable)));
        Assert.Null(UnreachableServers.Classify(new InvalidOperationException("a bug")));
        Assert.Equal(UnreachableServers.Cache, UnreachableServers.Classify(new RedisConnectionException(ConnectionFailureType.UnableToConnect, "down")));
    }

    [Fact]
    public void Unavailable_carries_a_retry_hint_and_no_internals()
    {
        var exception = UnavailableInterceptor.ToRpcException(UnreachableServers.Database);

        Assert.Equal(StatusCode.Unavailable, exception.StatusCode);
        var retry = exception.GetRpcStatus()?.GetDetail<RetryInfo>();
        Assert.NotNull(retry);
        Assert.True(retry.RetryDelay.ToTimeSpan() > TimeSpan.Zero);
        Assert.DoesNotContain("Npgsql", exception.Status.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_outage_is_logged_once_when_it_starts_and_once_when_it_ends()
    {
        var logger = new RecordingLogger();
        var outages = new OutageLog(logger, TimeProvider.System);
        var failure = new NpgsqlException("Failed to connect");

        for (var i = 0; i < 50; i++)
        {
            outages.Failed(UnreachableServers.Database, failure);
        }

        Assert.True(outages.IsDown(UnreachableServers.Database));
        for (var i = 0; i < 10; i++)
        {
            outages.Succeeded(UnreachableServers.Database);
        }

        Assert.False(outages.IsDown(UnreachableServers.Database));
        Assert.Equal([LogLevel.Warning, LogLevel.Information], logger.Levels);
        Assert.Contains("50 failed attempts", logger.Messages[1], StringComparison.Ordinal);
    }

    private static PostgresException Postgres(string sqlState) => new("message", "FATAL", "FATAL", sqlState);

    private sealed class RecordingLogger : ILogger<OutageLog>
    {
        public List<LogLevel> Levels { get; } = [];

        public List<string> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            Levels.Add(logLevel);
            Messages.Add(formatter(state, exception));
        }
    }
}
