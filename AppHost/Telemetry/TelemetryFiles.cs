using System.Text;
using System.Text.Json;

namespace Consortium.AppHost.Telemetry;

/// <summary>
/// The telemetry files in the state folder: <c>telemetry.json</c> (the summary),
/// <c>traces.jsonl</c> (recent traces and error spans) and <c>logs.jsonl</c> (recent warnings and
/// errors). Each is rewritten whole from the store's bounded lists, atomically (readers never see
/// half a file), so none grows beyond a few hundred lines.
/// </summary>
public sealed class TelemetryFiles(string stateDirectory)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private static readonly JsonSerializerOptions JsonLines = new(JsonSerializerDefaults.Web);

    public string SummaryFile => Path.Combine(stateDirectory, "telemetry.json");

    public string TracesFile => Path.Combine(stateDirectory, "traces.jsonl");

    public string LogsFile => Path.Combine(stateDirectory, "logs.jsonl");

    public void Write(TelemetryStore store, string? receiver)
    {
        WriteAtomically(SummaryFile, JsonSerializer.Serialize(store.Summary() with { Receiver = receiver }, Json));
        WriteAtomically(TracesFile, Lines([.. store.RecentTraces().Cast<object>(), .. store.RecentErrorSpans()]));
        WriteAtomically(LogsFile, Lines(store.RecentLogs()));
    }

    public TelemetrySummary? ReadSummary() =>
        File.Exists(SummaryFile) ? JsonSerializer.Deserialize<TelemetrySummary>(File.ReadAllText(SummaryFile), Json) : null;

    public IReadOnlyList<ErrorSpanRecord> ReadErrorSpans() => ReadLines<ErrorSpanRecord>(TracesFile, type: "error");

    public IReadOnlyList<TraceRecord> ReadTraces() => ReadLines<TraceRecord>(TracesFile, type: "trace");

    public IReadOnlyList<LogEntry> ReadLogs() => ReadLines<LogEntry>(LogsFile, type: null);

    private static string Lines<T>(IEnumerable<T> records)
    {
        var text = new StringBuilder();
        foreach (var record in records)
        {
            text.AppendLine(JsonSerializer.Serialize<object?>(record, JsonLines));
        }

        return text.ToString();
    }

    private static List<T> ReadLines<T>(string path, string? type)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var records = new List<T>();
        foreach (var line in File.ReadLines(path).Where(line => line.Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            if (type is null || (json.RootElement.TryGetProperty("type", out var kind) && kind.GetString() == type))
            {
                records.Add(json.Deserialize<T>(JsonLines)!);
            }
        }

        return records;
    }

    private static void WriteAtomically(string path, string content)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, content);
        File.Move(temporary, path, overwrite: true);
    }
}
