namespace Consortium.Insights.Domain.Peers;

/// <summary>
/// Finds context-matched peers. Each numeric dimension (log enrollment, % economically
/// disadvantaged, % English learners, % with disabilities) is standardised by its population
/// standard deviation over the member population, so "1" means one SD on every axis and no
/// dimension dominates because of its unit. Enrollment is logged because districts of 1,000 and
/// 2,000 differ as much as 50,000 and 100,000. Locale class is categorical: 0 if the same class,
/// 1 (one SD) otherwise; the classes are not ordered (a town is not "between" city and rural).
/// <para>
/// d = √( Σ wᵢ·Δᵢ² / Σ wᵢ ), a weighted root-mean-square of the standardised differences, so
/// the scale of the weights does not matter. A dimension on which every member is equal (SD 0)
/// contributes nothing. Ties are broken by district id, so the same data always give the same
/// peers (a shifting group would also trip the differencing guard).
/// </para>
/// </summary>
public sealed class PeerSimilarity
{
    // Nearer first; ties by district id, so the same data always give the same peers.
    private static readonly Comparer<(double Distance, Guid DistrictId)> NearestFirst = Comparer<(double Distance, Guid DistrictId)>.Create(
        (a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : a.DistrictId.CompareTo(b.DistrictId));

    private static readonly Comparer<(double Distance, Guid DistrictId)> FarthestFirst = Comparer<(double Distance, Guid DistrictId)>.Create(
        (a, b) => NearestFirst.Compare(b, a));

    private readonly SimilarityWeights _weights;
    private readonly double _sdLogEnrollment;
    private readonly double _sdEconomicallyDisadvantaged;
    private readonly double _sdEnglishLearners;
    private readonly double _sdWithDisabilities;
    private readonly Point[] _points;

    public PeerSimilarity(IReadOnlyCollection<DistrictContext> population, SimilarityWeights weights)
    {
        _weights = weights.Validated();
        Population = population;
        _sdLogEnrollment = StandardDeviation(population.Select(LogEnrollment));
        _sdEconomicallyDisadvantaged = StandardDeviation(population.Select(d => (double)d.PctEconomicallyDisadvantaged));
        _sdEnglishLearners = StandardDeviation(population.Select(d => (double)d.PctEnglishLearners));
        _sdWithDisabilities = StandardDeviation(population.Select(d => (double)d.PctWithDisabilities));
        _points = [.. population.Select(PointOf)];
    }

    /// <summary>The member districts standardisation and matching run over.</summary>
    public IReadOnlyCollection<DistrictContext> Population { get; }

    /// <summary>The <paramref name="count"/> districts most similar to <paramref name="target"/>, most similar first, never the target itself.</summary>
    public IReadOnlyList<PeerMatch> MostSimilar(DistrictContext target, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);

        // Only the nearest `count` are kept while walking the population, the farthest of them on
        // top of the heap: O(n log count). Sorting every member was O(n log n) and allocated a
        // match per member, at every first peer question of a district (13,000 in a state).
        var from = PointOf(target);
        var nearest = new PriorityQueue<DistrictContext, (double Distance, Guid DistrictId)>(count + 1, FarthestFirst);
        foreach (ref readonly var point in _points.AsSpan())
        {
            if (point.DistrictId == target.DistrictId)
            {
                continue;
            }

            var rank = (Distance(from, point), point.DistrictId);
            if (nearest.Count < count)
            {
                nearest.Enqueue(point.District, rank);
            }
            else if (nearest.TryPeek(out _, out var farthest) && NearestFirst.Compare(rank, farthest) < 0)
            {
                nearest.EnqueueDequeue(point.District, rank);
            }
        }

        return [.. nearest.UnorderedItems
            .OrderBy(item => item.Priority, NearestFirst)
            .Select(item => new PeerMatch(item.Element.DistrictId, item.Priority.Distance, 100 / (1 + item.Priority.Distance)))];
    }

    public double Distance(DistrictContext a, DistrictContext b) => Distance(PointOf(a), PointOf(b));

    private double Distance(in Point a, in Point b)
    {
        var sum =
            Squared(a.Enrollment - b.Enrollment)
            + Squared(a.EconomicallyDisadvantaged - b.EconomicallyDisadvantaged)
            + Squared(a.EnglishLearners - b.EnglishLearners)
            + Squared(a.WithDisabilities - b.WithDisabilities)
            + (_weights.Locale * (a.Locale == b.Locale ? 0 : 1));
        return Math.Sqrt(sum / _weights.Total);
    }

    /// <summary>
    /// A district where matching places it: each dimension in standard deviations, times the
    /// square root of its weight, so that a squared difference is the weighted term itself. Done
    /// once per member per population; ranking is then subtraction and multiplication only, where
    /// it took a logarithm and decimal arithmetic for every member at every question.
    /// </summary>
    private Point PointOf(DistrictContext district) => new(
        district,
        district.DistrictId,
        Standardised(LogEnrollment(district), _sdLogEnrollment, _weights.Enrollment),
        Standardised((double)district.PctEconomicallyDisadvantaged, _sdEconomicallyDisadvantaged, _weights.EconomicallyDisadvantaged),
        Standardised((double)district.PctEnglishLearners, _sdEnglishLearners, _weights.EnglishLearners),
        Standardised((double)district.PctWithDisabilities, _sdWithDisabilities, _weights.WithDisabilities),
        district.Locale);

    // A dimension on which every member is equal (SD 0) places everyone at 0: it contributes nothing.
    private static double Standardised(double value, double sd, double weight) =>
        sd == 0 ? 0 : value / sd * Math.Sqrt(weight);

    // Enrollment 0 is possible in data (a district between reorganisations); log(1 + e) keeps it finite.
    private static double LogEnrollment(DistrictContext d) => Math.Log(1 + (double)d.Enrollment);

    private static double Squared(double difference) => difference * difference;

    // Population SD: the members are the whole population we compare within, not a sample.
    private static double StandardDeviation(IEnumerable<double> values)
    {
        var list = values.ToList();
        if (list.Count < 2)
        {
            return 0;
        }

        var mean = list.Average();
        return Math.Sqrt(list.Sum(v => (v - mean) * (v - mean)) / list.Count);
    }

    private readonly record struct Point(
        DistrictContext District, Guid DistrictId, double Enrollment, double EconomicallyDisadvantaged, double EnglishLearners, double WithDisabilities, LocaleClass Locale);
}
