using System.Diagnostics;
using System.Globalization;
using Consortium.FrontDoor.Platform;

namespace Consortium.FrontDoor.Baselines;

/// <summary>
/// What the machine does without the platform's code in the way, measured in the same run on the
/// same servers, so every headline can be a ratio that holds on a noisy machine: pgbench's
/// single-row insert rate (one INSERT per transaction) on the platform's PostgreSQL server, and
/// redis-benchmark's GET rate on its Redis server. Both are Debian tools
/// (scripts/install-prerequisites.sh); a run without them reports them as missing.
/// </summary>
internal static class ServerBaselines
{
    public static async Task<double?> PgbenchInsertsPerSecondAsync(ServerAddress postgres, int clients, TimeSpan duration, TextWriter log, CancellationToken cancellationToken)
    {
        var environment = new Dictionary<string, string> { ["PGPASSWORD"] = postgres.Password };
        string[] connection = ["-h", "127.0.0.1", "-p", postgres.Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres"];
        var setup = await RunAsync("psql", [.. connection, "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-q", "-c",
            "CREATE TABLE IF NOT EXISTS front_door_baseline (id bigserial PRIMARY KEY, client int NOT NULL, value double precision NOT NULL, created_at timestamptz NOT NULL DEFAULT now())"],
            environment, log, cancellationToken);
        if (setup is null)
        {
            return null;
        }

        var script = Path.Combine(Path.GetTempPath(), $"front-door-insert-{Environment.ProcessId}.sql");
        await File.WriteAllTextAsync(script, "\\set value random(1, 1000000)\nINSERT INTO front_door_baseline (client, value) VALUES (:client_id, :value);\n", cancellationToken);
        try
        {
            var seconds = Math.Max(1, (int)Math.Round(duration.TotalSeconds));
            var output = await RunAsync("pgbench", [.. connection, "-n", "-c", clients.ToString(CultureInfo.InvariantCulture), "-j", clients.ToString(CultureInfo.InvariantCulture),
                "-T", seconds.ToString(CultureInfo.InvariantCulture), "-f", script, "postgres"], environment, log, cancellationToken);
            // "tps = 1234.567890 (without initial connection time)"
            var line = output?.Split('\n').FirstOrDefault(l => l.StartsWith("tps = ", StringComparison.Ordinal));
            return line is null ? null : double.Parse(line.Split(' ')[2], CultureInfo.InvariantCulture);
        }
        finally
        {
            File.Delete(script);
        }
    }

    public static async Task<double?> RedisGetsPerSecondAsync(ServerAddress redis, int clients, int requests, TextWriter log, CancellationToken cancellationToken)
    {
        var output = await RunAsync("redis-benchmark", ["-h", "127.0.0.1", "-p", redis.Port.ToString(CultureInfo.InvariantCulture), "-a", redis.Password,
            "-t", "get", "-n", requests.ToString(CultureInfo.InvariantCulture), "-c", clients.ToString(CultureInfo.InvariantCulture), "--csv"],
            new Dictionary<string, string>(), log, cancellationToken);
        // "test","rps",... then "GET","12345.67",...
        var line = output?.Split('\n').FirstOrDefault(l => l.StartsWith("\"GET\"", StringComparison.Ordinal));
        return line is null ? null : double.Parse(line.Split(',')[1].Trim('"'), CultureInfo.InvariantCulture);
    }

    private static async Task<string?> RunAsync(string program, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment, TextWriter log, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                log.WriteLine($"  {program} failed ({process.ExitCode}): {(await error).Trim()}");
                return null;
            }

            return await output;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            log.WriteLine($"  {program} is not installed (scripts/install-prerequisites.sh installs it)");
            return null;
        }
    }
}
