using System.Diagnostics;
using HdrHistogram;

namespace Consortium.FrontDoor.Measuring;

/// <summary>
/// One operation's latencies (an HdrHistogram in microseconds, thread-safe writes), its errors by
/// status and its count over the wall-clock time it ran: what a scenario reports per operation.
/// </summary>
internal sealed class OperationStats(string name)
{
    private const long HighestMicroseconds = 120_000_000;
    private readonly HistogramBase _latencies = HistogramFactory.With64BitBucketSize()
        .WithValuesFrom(1).WithValuesUpTo(HighestMicroseconds).WithPrecisionOf(3)
        .WithThreadSafeWrites().Create();
    private readonly Dictionary<string, int> _errors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _outcomes = new(StringComparer.Ordinal);

    public string Name { get; } = name;

    public TimeSpan Elapsed { get; set; }

    public long Count => _latencies.TotalCount;

    public int ErrorCount
    {
        get
        {
            lock (_errors)
            {
                return _errors.Values.Sum();
            }
        }
    }

    public IReadOnlyDictionary<string, int> Errors
    {
        get
        {
            lock (_errors)
            {
                return new Dictionary<string, int>(_errors, StringComparer.Ordinal);
            }
        }
    }

    /// <summary>Answers worth counting that are not errors, e.g. figures the guard withheld.</summary>
    public IReadOnlyDictionary<string, int> Outcomes
    {
        get
        {
            lock (_outcomes)
            {
                return new Dictionary<string, int>(_outcomes, StringComparer.Ordinal);
            }
        }
    }

    public double PerSecond => Elapsed > TimeSpan.Zero ? Count / Elapsed.TotalSeconds : 0;

    public double Milliseconds(double percentile) => Count == 0 ? double.NaN : _latencies.GetValueAtPercentile(percentile) / 1000.0;

    public double MaxMilliseconds => Count == 0 ? double.NaN : _latencies.GetMaxValue() / 1000.0;

    public void Record(TimeSpan latency) =>
        _latencies.RecordValue(Math.Clamp((long)latency.TotalMicroseconds, 1, HighestMicroseconds));

    public void RecordError(string kind)
    {
        lock (_errors)
        {
            _errors[kind] = _errors.GetValueOrDefault(kind) + 1;
        }
    }

    public void RecordOutcome(string kind)
    {
        lock (_outcomes)
        {
            _outcomes[kind] = _outcomes.GetValueOrDefault(kind) + 1;
        }
    }

    /// <summary>Times <paramref name="call"/>; a failure is counted by its kind and rethrown.</summary>
    public async Task<T> TimeAsync<T>(Func<Task<T>> call)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await call();
            Record(Stopwatch.GetElapsedTime(started));
            return result;
        }
        catch (Exception exception)
        {
            RecordError(ErrorKind(exception));
            throw;
        }
    }

    public static string ErrorKind(Exception exception) => exception switch
    {
        Grpc.Core.RpcException rpc => rpc.StatusCode.ToString(),
        _ => exception.GetType().Name,
    };
}
