using Npgsql;

namespace Consortium.Hosting.Servers;

/// <summary>Creating databases on a PostgreSQL server, whoever runs it (a local server or a container).</summary>
public static class PostgresDatabases
{
    /// <summary>Creates the database unless it exists; safe to call concurrently.</summary>
    /// <returns>True when this call created it.</returns>
    public static async Task<bool> EnsureAsync(NpgsqlDataSource server, string name, CancellationToken cancellationToken = default)
    {
        await using var exists = server.CreateCommand("SELECT 1 FROM pg_database WHERE datname = $1");
        exists.Parameters.Add(new NpgsqlParameter { Value = name });
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return false;
        }

        try
        {
            // Identifiers cannot be parameters; quoting makes any name (e.g. "districts-db") literal.
            await using var create = server.CreateCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
            await create.ExecuteNonQueryAsync(cancellationToken);
            return true;
        }
        catch (PostgresException exception) when (exception.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another caller created it between our check and our CREATE (a CREATE running at the
            // same time as ours fails on pg_database's unique index instead): that is what we wanted.
            return false;
        }
    }
}
