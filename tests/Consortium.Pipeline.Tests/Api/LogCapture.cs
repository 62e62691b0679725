using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Consortium.Pipeline.Tests.Api;

/// <summary>Keeps the structured log records of a running service, to check what it logs.</summary>
internal sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<Entry> _entries = new();

    public IReadOnlyList<Entry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    /// <summary>One log record: its event name, level, rendered message and named values.</summary>
    public sealed record Entry(string EventName, LogLevel Level, string Message, IReadOnlyDictionary<string, string?> Values);

    private sealed class Logger(LogCapture capture) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.ToDictionary(pair => pair.Key, pair => pair.Value?.ToString(), StringComparer.Ordinal)
                : new Dictionary<string, string?>(StringComparer.Ordinal);
            capture._entries.Enqueue(new Entry(eventId.Name ?? string.Empty, logLevel, formatter(state, exception), values));
        }
    }
}
