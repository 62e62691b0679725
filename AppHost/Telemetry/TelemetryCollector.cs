using Consortium.AppHost.Orchestration;

namespace Consortium.AppHost.Telemetry;

/// <summary>
/// The AppHost's own telemetry collection: the OTLP receiver the services export to, the store,
/// and the files in the state folder, rewritten every couple of seconds while something arrives.
/// </summary>
public sealed class TelemetryCollector : IAsyncDisposable
{
    /// <summary>The Aspire dashboard's OTLP/HTTP port: a familiar, stable address unless it is taken.</summary>
    public const int PreferredPort = 18890;

    private static readonly TimeSpan FileInterval = TimeSpan.FromSeconds(2);

    /// <summary>The console gets the table again at most this often, and only when a figure changed.</summary>
    private static readonly TimeSpan ConsoleInterval = TimeSpan.FromSeconds(20);

    private readonly OtlpReceiver _receiver;
    private readonly TelemetryFiles _files;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _writing;

    private TelemetryCollector(OtlpReceiver receiver, TelemetryStore store, TelemetryFiles files)
    {
        _receiver = receiver;
        Store = store;
        _files = files;
        _writing = WriteContinuouslyAsync(_stopping.Token);
    }

    public TelemetryStore Store { get; }

    public Uri Endpoint => _receiver.Endpoint;

    /// <summary>What the services are told: export to this receiver over OTLP/HTTP.</summary>
    public OtlpExport Export => OtlpExport.ToReceiver(_receiver.Endpoint);

    public static async Task<TelemetryCollector> StartAsync(string stateDirectory, bool anyFreePort, CancellationToken cancellationToken)
    {
        var store = new TelemetryStore();
        var receiver = await OtlpReceiver.StartAsync(store, anyFreePort ? 0 : PreferredPort, cancellationToken);
        return new TelemetryCollector(receiver, store, new TelemetryFiles(stateDirectory));
    }

    /// <summary>One compact line per service that reported something, by service name.</summary>
    public IReadOnlyDictionary<string, string> ConsoleLines() =>
        Store.Summary().Services.ToDictionary(service => service.Name, TelemetryText.Line, StringComparer.Ordinal);

    /// <summary>
    /// Prints <paramref name="render"/>'s output (the status table with these lines) whenever the
    /// lines changed, at most every <see cref="ConsoleInterval"/>; runs until cancelled.
    /// </summary>
    public async Task RefreshConsoleAsync(Func<IReadOnlyDictionary<string, string>, string> render, ConsoleOutput console, CancellationToken cancellationToken)
    {
        var shown = Fingerprint(ConsoleLines());
        while (true)
        {
            await Task.Delay(ConsoleInterval, cancellationToken);
            var lines = ConsoleLines();
            if (Fingerprint(lines) != shown)
            {
                shown = Fingerprint(lines);
                console.Block(render(lines));
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _writing;
        await _receiver.DisposeAsync();
        TryWrite(); // what arrived while the services stopped
        _stopping.Dispose();
    }

    private static string Fingerprint(IReadOnlyDictionary<string, string> lines) =>
        string.Join('\n', lines.OrderBy(line => line.Key, StringComparer.Ordinal).Select(line => $"{line.Key} {line.Value}"));

    private async Task WriteContinuouslyAsync(CancellationToken cancellationToken)
    {
        var written = -1L;
        while (!cancellationToken.IsCancellationRequested)
        {
            var version = Store.Version;
            if (version != written && TryWrite())
            {
                written = version;
            }

            try
            {
                await Task.Delay(FileInterval, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private bool TryWrite()
    {
        try
        {
            _files.Write(Store, Endpoint.ToString().TrimEnd('/'));
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false; // e.g. the state folder was deleted under us; try again next round
        }
    }
}
