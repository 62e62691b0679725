using System.Text.RegularExpressions;
using Consortium.Hosting.Servers;
using StackExchange.Redis;

namespace Consortium.Hosting.Tests;

public sealed class LocalRedisTests
{
    [Fact]
    public async Task A_durable_server_restarted_on_its_folder_keeps_its_keys()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var folder = TemporaryFolders.Create();
        var options = new LocalServerOptions(folder) { Durable = true };
        try
        {
            await using (var first = await LocalRedis.StartAsync(options, cancellationToken: cancellationToken))
            await using (var client = await ConnectionMultiplexer.ConnectAsync(first.ConnectionString))
            {
                await client.GetDatabase().StringSetAsync("greeting", "written before the restart");
            }

            await using var second = await LocalRedis.StartAsync(options, cancellationToken: cancellationToken);
            await using var secondClient = await ConnectionMultiplexer.ConnectAsync(second.ConnectionString);
            Assert.Equal("written before the restart", (string?)await secondClient.GetDatabase().StringGetAsync("greeting"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Disposing_a_throwaway_server_leaves_no_process_and_no_folder()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var server = await LocalRedis.StartAsync(new LocalServerOptions(TemporaryFolders.Create()), cancellationToken: cancellationToken);
        var folder = server.DataDirectory;
        var serverProcess = $"redis-server 127.0.0.1:{server.Port}";
        Assert.Matches(new Regex(@"^127\.0\.0\.1:\d+,password=[0-9a-f]{32}$"), server.ConnectionString);
        Assert.NotEmpty(RunningProcesses.WithCommandLineContaining(serverProcess));

        await server.DisposeAsync();

        Assert.Empty(RunningProcesses.WithCommandLineContaining(serverProcess));
        Assert.Empty(RunningProcesses.WithCommandLineContaining(folder));
        Assert.False(Directory.Exists(folder));
    }
}
