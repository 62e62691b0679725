namespace Consortium.Insights.Data.ReadModel;

/// <summary>
/// The bench-strength figures as last published (<c>Domain/Bench/PublishedBenchFigures</c>): one
/// row. The figures are kept as the answer sent (protobuf bytes), because serving them again must
/// give exactly what was shown, whatever the data has become since. Written by the API.
/// </summary>
public sealed class BenchSnapshotRow
{
    /// <summary>The id of the one row: there is one published version at a time.</summary>
    public const int Current = 1;

    public int Id { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    /// <summary>The published <c>GetBenchStrengthResponse</c>, serialized.</summary>
    public byte[] Figures { get; set; } = [];

    /// <summary>The districts counted and their contributions, as "district id=fingerprint".</summary>
    public string[] Contributions { get; set; } = [];
}
