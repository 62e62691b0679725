namespace Consortium.ServiceDefaults.Data;

/// <summary>
/// The system clock at PostgreSQL's precision (microseconds). A time taken from it and stored
/// reads back unchanged, so a response built before saving equals the same resource read later.
/// </summary>
public sealed class DatabaseTimeProvider : TimeProvider
{
    public static readonly DatabaseTimeProvider Instance = new();

    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    public override DateTimeOffset GetUtcNow()
    {
        var now = System.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TicksPerMicrosecond));
    }
}
