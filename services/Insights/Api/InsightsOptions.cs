using Consortium.Insights.Domain.Confidentiality;
using Consortium.Insights.Domain.Peers;

namespace Consortium.Insights.Api;

/// <summary>Configuration section <c>Insights</c>: the confidentiality floor, peer weights and cache lifetime.</summary>
public sealed class InsightsOptions
{
    public const string SectionName = "Insights";

    /// <summary>k: the fewest districts an aggregate may cover (default 5, never below 3).</summary>
    public int SuppressionFloor { get; set; } = Domain.Confidentiality.SuppressionFloor.Default;

    /// <summary>Relative weights of the context dimensions in peer similarity (equal by default).</summary>
    public SimilarityWeightOptions Similarity { get; set; } = new();

    /// <summary>
    /// Lifetime of cached answers. Entries are invalidated by the generation counters the consumers
    /// bump; the lifetime is only a safety net should a bump be lost (Redis restarted mid-way).
    /// </summary>
    public TimeSpan CacheLifetime { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How many values (rows, districts) the process keeps in prepared answers at most; about
    /// 200 bytes each, so the default is some 100 MB at the most.
    /// </summary>
    public long LocalCacheValues { get; set; } = 500_000;

    /// <summary>How many answered groups the process remembers having seen recorded (some 300 bytes each).</summary>
    public long AnsweredGroupMemoEntries { get; set; } = 20_000;

    /// <summary>
    /// How many member ids of answered groups' shared parts the process keeps (some 45 bytes each,
    /// so the default is some 45 MB at the most: 75 state-wide groups of 13,000).
    /// </summary>
    public long AnsweredGroupSetMembers { get; set; } = 1_000_000;

    /// <summary>How the consumers take the events waiting in their queues together (ADR 40).</summary>
    public ReadModelBatchOptions ReadModelBatches { get; set; } = new();

    public SuppressionFloor Floor() => new(SuppressionFloor);
}

/// <summary>
/// Each consumer applies up to <see cref="MessageLimit"/> waiting events in one transaction. A lone
/// event waits at most <see cref="TimeLimit"/> for others to join it: the price of a batch in
/// freshness when the queue is nearly empty, where a full queue fills batches at once.
/// </summary>
public sealed class ReadModelBatchOptions
{
    /// <summary>The most events applied in one transaction.</summary>
    public int MessageLimit { get; set; } = 50;

    /// <summary>How long the first event of a batch waits for more.</summary>
    public TimeSpan TimeLimit { get; set; } = TimeSpan.FromMilliseconds(5);

    /// <summary>How many batches of one consumer are applied at once.</summary>
    public int ConcurrencyLimit { get; set; } = 4;
}

/// <summary>Bindable form of <see cref="SimilarityWeights"/>.</summary>
public sealed class SimilarityWeightOptions
{
    public double Enrollment { get; set; } = 1;

    public double EconomicallyDisadvantaged { get; set; } = 1;

    public double EnglishLearners { get; set; } = 1;

    public double WithDisabilities { get; set; } = 1;

    public double Locale { get; set; } = 1;

    public SimilarityWeights ToWeights() =>
        new SimilarityWeights(Enrollment, EconomicallyDisadvantaged, EnglishLearners, WithDisabilities, Locale).Validated();
}
