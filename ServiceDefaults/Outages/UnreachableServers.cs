using System.Net.Sockets;
using Npgsql;
using RabbitMQ.Client.Exceptions;
using StackExchange.Redis;

namespace Consortium.ServiceDefaults.Outages;

/// <summary>
/// Recognises the exceptions that mean "a server the service needs cannot be reached right now"
/// (as opposed to a bug or a bad request): a caller can only wait and retry, so they become
/// UNAVAILABLE and one outage, never an internal error.
/// </summary>
public static class UnreachableServers
{
    public const string Database = "PostgreSQL";
    public const string Broker = "RabbitMQ";
    public const string Cache = "Redis";

    /// <summary>The server that is unreachable, or <c>null</c> when the exception is something else.</summary>
    public static string? Classify(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                // A server-side error with a SQL state: only the "connection" and "shutting down" classes are outages.
                case PostgresException postgres:
                    return IsOutageState(postgres.SqlState) ? Database : null;
                // Any other Npgsql failure is the client's: connect refused, connection broken, timeout.
                case NpgsqlException:
                    return Database;
                case BrokerUnreachableException or AlreadyClosedException or ConnectFailureException:
                    return Broker;
                case RedisConnectionException or RedisTimeoutException:
                    return Cache;
            }
        }

        // EF Core reports a lost connection while opening it as "An exception has been raised that is likely
        // due to a transient failure" with the Npgsql exception inside (handled above), or as a bare socket error.
        return exception.GetBaseException() is SocketException ? Database : null;
    }

    // 08xxx: connection exception; 57P01-57P03: admin/crash shutdown, cannot connect now; 53300: too many connections.
    private static bool IsOutageState(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal)
        || sqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
            or PostgresErrorCodes.TooManyConnections;
}
