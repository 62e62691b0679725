namespace Consortium.LoadGenerator.Measuring;

/// <summary>Latency percentiles of one series of timed calls, in milliseconds.</summary>
public sealed record Percentiles(int Samples, double P50, double P95, double P99, double Mean)
{
    /// <summary>Nearest-rank percentiles (no interpolation: every figure is a latency that was observed).</summary>
    public static Percentiles Of(IReadOnlyCollection<TimeSpan> samples)
    {
        if (samples.Count == 0)
        {
            throw new ArgumentException("No samples.", nameof(samples));
        }

        var sorted = samples.Select(s => s.TotalMilliseconds).Order().ToArray();
        double At(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new Percentiles(sorted.Length, At(0.50), At(0.95), At(0.99), sorted.Average());
    }
}
