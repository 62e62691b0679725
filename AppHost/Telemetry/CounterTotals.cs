using Consortium.AppHost.Telemetry.Otlp;

namespace Consortium.AppHost.Telemetry;

/// <summary>
/// Running totals of a service's counters, summed over attribute sets and instances. The .NET SDK
/// exports cumulative values (everything since start), so the latest value of each series counts;
/// when a series starts again (a restarted process, a new start time, or a value going down) what
/// it had counted before is kept. Delta values are simply added.
/// </summary>
internal sealed class CounterTotals(int maxSeries)
{
    private readonly Dictionary<string, Series> _series = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _deltas = new(StringComparer.Ordinal);

    /// <summary>Counters that were not tracked because the series limit was reached.</summary>
    public long DroppedPoints { get; private set; }

    public void Add(string metric, string? instance, Sum sum)
    {
        if (!sum.IsMonotonic)
        {
            return;
        }

        foreach (var point in sum.DataPoints)
        {
            var value = point.ValueCase == NumberDataPoint.ValueOneofCase.AsInt ? point.AsInt : point.AsDouble;
            if (sum.AggregationTemporality == AggregationTemporality.Delta)
            {
                if (!_deltas.ContainsKey(metric) && _deltas.Count >= maxSeries)
                {
                    DroppedPoints++;
                    continue;
                }

                _deltas[metric] = _deltas.GetValueOrDefault(metric) + value;
                continue;
            }

            var key = SeriesKey(metric, instance, point);
            if (!_series.TryGetValue(key, out var series))
            {
                if (_series.Count >= maxSeries)
                {
                    DroppedPoints++;
                    continue;
                }

                series = new Series(metric);
                _series[key] = series;
            }

            series.Observe(point.StartTimeUnixNano, value);
        }
    }

    public double Total(string metric) =>
        _deltas.GetValueOrDefault(metric) + _series.Values.Where(series => series.Metric == metric).Sum(series => series.Total);

    public IReadOnlyDictionary<string, double> All()
    {
        var totals = new SortedDictionary<string, double>(_deltas, StringComparer.Ordinal);
        foreach (var series in _series.Values)
        {
            totals[series.Metric] = totals.GetValueOrDefault(series.Metric) + series.Total;
        }

        return totals;
    }

    private static string SeriesKey(string metric, string? instance, NumberDataPoint point) =>
        string.Join('\u001f', [metric, instance ?? string.Empty, .. point.Attributes.Select(a => $"{a.Key}={OtlpValues.Text(a.Value)}").Order(StringComparer.Ordinal)]);

    private sealed class Series(string metric)
    {
        private ulong _startTime;
        private double _carried;
        private double _last;

        public string Metric { get; } = metric;

        public double Total => _carried + _last;

        public void Observe(ulong startTime, double value)
        {
            if (startTime != _startTime || value < _last)
            {
                _carried += _last;
                _last = 0;
                _startTime = startTime;
            }

            _last = value;
        }
    }
}
