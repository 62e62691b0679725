using System.Text.RegularExpressions;
using Consortium.Hosting;
using Consortium.Hosting.Servers;
using Npgsql;

namespace Consortium.Hosting.Tests;

public sealed class LocalPostgresTests
{
    [Fact]
    public async Task A_durable_server_restarted_on_its_folder_keeps_its_data()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var folder = TemporaryFolders.Create();
        var options = new LocalServerOptions(folder) { Durable = true };
        try
        {
            await using (var first = await LocalPostgres.StartAsync(options, cancellationToken: cancellationToken))
            {
                await first.EnsureDatabaseAsync("kept", cancellationToken);
                await ExecuteAsync(first.ConnectionString("kept"), "CREATE TABLE notes (text text); INSERT INTO notes VALUES ('written before the restart')", cancellationToken);
            }

            Assert.True(Directory.Exists(folder));
            await using var second = await LocalPostgres.StartAsync(options, cancellationToken: cancellationToken);
            await using var connection = new NpgsqlConnection(second.ConnectionString("kept"));
            await connection.OpenAsync(cancellationToken);
            await using var query = new NpgsqlCommand("SELECT text FROM notes", connection);
            Assert.Equal("written before the restart", await query.ExecuteScalarAsync(cancellationToken));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Databases_are_ensured_idempotently_and_reached_with_an_aspire_connection_string()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var server = await LocalPostgres.StartAsync(new LocalServerOptions(TemporaryFolders.Create()), cancellationToken: cancellationToken);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => server.EnsureDatabaseAsync(ResourceNames.DistrictsDb, cancellationToken)));
        var connectionString = server.ConnectionString(ResourceNames.DistrictsDb);

        Assert.Matches(new Regex(@"^Host=127\.0\.0\.1;Port=\d+;Username=postgres;Password=[0-9a-f]{32};Database=districts-db$"), connectionString);
        await ExecuteAsync(connectionString, "SELECT 1", cancellationToken);
    }

    [Fact]
    public async Task Disposing_a_throwaway_server_leaves_no_process_and_no_folder()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var server = await LocalPostgres.StartAsync(new LocalServerOptions(TemporaryFolders.Create()), cancellationToken: cancellationToken);
        var folder = server.DataDirectory;
        Assert.NotEmpty(RunningProcesses.WithCommandLineContaining(folder));

        await server.DisposeAsync();

        Assert.Empty(RunningProcesses.WithCommandLineContaining(folder));
        Assert.False(Directory.Exists(folder));
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
