using System.Text.RegularExpressions;
using Consortium.FrontDoor.Platform;
using Npgsql;

namespace Consortium.FrontDoor.Measuring;

/// <summary>One statement's share of the PostgreSQL server's time during a scenario.</summary>
internal sealed record StatementCost(string Database, long Calls, double TotalMilliseconds, long Rows, string Statement)
{
    public double MeanMilliseconds => Calls == 0 ? 0 : TotalMilliseconds / Calls;
}

/// <summary>
/// Where the PostgreSQL server's time goes in each scenario, per statement, from the server's
/// <c>pg_stat_statements</c> (loaded by the platform's PostgreSQL, see PostgresCluster; ADR 36).
/// A statement whose cost grows with the consortium shows here in the first run at 13,000
/// districts, as the write path's lookup that read every known district did.
/// </summary>
internal static partial class DatabaseStatements
{
    /// <summary>Starts counting afresh; false when the server does not keep statement statistics.</summary>
    public static async Task<bool> ResetAsync(ServerAddress postgres, TextWriter log, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await OpenAsync(postgres, cancellationToken);
            await using var command = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS pg_stat_statements; SELECT pg_stat_statements_reset();", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return true;
        }
        catch (PostgresException exception)
        {
            // 55000: the library is not in shared_preload_libraries (a server not started by the platform).
            log.WriteLine($"  statement statistics unavailable: {exception.MessageText}");
            return false;
        }
    }

    /// <summary>The statements that took the most server time since the reset, costliest first.</summary>
    public static async Task<IReadOnlyList<StatementCost>> CostliestAsync(ServerAddress postgres, int count, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(postgres, cancellationToken);
        // Only the platform's own databases: the harness's baselines run in "postgres".
        await using var command = new NpgsqlCommand(
            """
            SELECT d.datname, s.calls, s.total_exec_time, s.rows, s.query
            FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
            WHERE d.datname <> 'postgres'
            ORDER BY s.total_exec_time DESC
            LIMIT $1
            """,
            connection);
        command.Parameters.AddWithValue(count);
        var costs = new List<StatementCost>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            costs.Add(new StatementCost(reader.GetString(0), reader.GetInt64(1), reader.GetDouble(2), reader.GetInt64(3), Shorten(reader.GetString(4))));
        }

        return costs;
    }

    /// <summary>
    /// One line a reader can place: whitespace collapsed and the column lists of a SELECT
    /// dropped (EF Core names every column; the tables and conditions say which query it is).
    /// </summary>
    public static string Shorten(string statement, int length = 160)
    {
        var line = Whitespace().Replace(statement, " ").Trim();
        line = ColumnList().Replace(line, "SELECT … FROM ");
        return line.Length <= length ? line : string.Concat(line.AsSpan(0, length - 1), "…");
    }

    private static async Task<NpgsqlConnection> OpenAsync(ServerAddress postgres, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = postgres.Port,
            Username = "postgres",
            Password = postgres.Password,
            Database = "postgres",
            Pooling = false,
        }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // Lazily, so that only the columns up to the first FROM go, and never across a parenthesis
    // (a subquery's own columns stay: they name what it computes).
    [GeneratedRegex(@"SELECT [^()]*? FROM ")]
    private static partial Regex ColumnList();
}
