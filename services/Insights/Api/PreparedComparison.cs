using Consortium.Contracts.Insights.V1;
using Consortium.Insights.Domain.Collections;
using Consortium.Insights.Domain.Confidentiality;
using Consortium.Insights.Domain.Statistics;
using Consortium.ServiceDefaults.Grpc;
using MeasureType = Consortium.ServiceDefaults.Domain.Measures.MeasureType;
using Visibility = Consortium.Insights.Domain.Confidentiality.Visibility;

namespace Consortium.Insights.Api;

/// <summary>
/// Everything about a target's comparison over one group that does not depend on who asks,
/// prepared once per read-model generation and kept in the process (<see cref="LocalAnswers"/>):
/// the group the differencing guard checks, the summary, the values in ascending order for
/// positions, and the rows ready for every viewer. A request then does O(page + log n) work; what
/// a viewer may see of the summary is decided per request by the <see cref="DisclosurePolicy"/>.
/// <see cref="With"/> prepares the next generation from this one when a few districts' values
/// changed, keeping every ordered list ordered instead of ordering it again (ADR 39).
/// </summary>
internal sealed class PreparedComparison
{
    // Beyond this many changes at once, preparing anew costs no more than patching each list.
    private const int MostChangesPatched = 64;

    private static readonly Comparer<Contributor> s_byDistrict = Comparer<Contributor>.Create((a, b) => a.DistrictId.CompareTo(b.DistrictId));

    private readonly Contributor[] _byDistrict;
    private readonly MeasureType _measureType;
    private readonly SuppressionFloor _floor;
    private readonly MemberSet _named;
    private readonly GroupMakeup _everyone;
    private readonly Distribution? _distribution;
    private readonly YesNoSummary? _yesNo;
    private readonly Lazy<IReadOnlyList<Guid>> _unnamed;
    private readonly Lazy<IReadOnlyList<Guid>> _private;

    public PreparedComparison(GroupValues values, MeasureType measureType, SuppressionFloor floor)
        : this(
            values.GroupSize,
            ByDistrict(values.Contributors),
            new MemberSet(values.Contributors.Select(c => c.ContributionId)),
            new MemberSet(NamedContributions(values.Contributors)),
            values.SortedValues,
            new PreparedRows([.. values.Contributors.Select(c => c.ToContributed())], floor),
            measureType,
            floor)
    {
    }

    private PreparedComparison(
        int groupSize,
        Contributor[] byDistrict,
        MemberSet contributions,
        MemberSet named,
        IReadOnlyList<decimal> ascendingValues,
        PreparedRows rows,
        MeasureType measureType,
        SuppressionFloor floor)
    {
        GroupSize = groupSize;
        _byDistrict = byDistrict;
        _measureType = measureType;
        _floor = floor;
        Group = new MemberSet(byDistrict.Select(c => c.DistrictId));
        Contributions = contributions;
        _named = named;
        _everyone = new GroupMakeup(
            byDistrict.Count(c => c.Visibility == Visibility.Named),
            byDistrict.Count(c => c.Visibility == Visibility.Anonymous),
            byDistrict.Count(c => c.Visibility is not (Visibility.Named or Visibility.Anonymous)));
        _unnamed = new(() => [.. byDistrict.Where(c => c.Visibility != Visibility.Named).Select(c => c.DistrictId)]);
        _private = new(() => [.. byDistrict.Where(c => c.Visibility is not (Visibility.Named or Visibility.Anonymous)).Select(c => c.DistrictId)]);
        AscendingValues = ascendingValues;
        Rows = rows;
        if (ascendingValues.Count == 0)
        {
            return;
        }

        if (measureType == MeasureType.YesNo)
        {
            _yesNo = new YesNoSummary(ascendingValues.Count, ascendingValues.Count(v => v == 1m));
        }
        else
        {
            _distribution = MeasureSummary.Distribution(measureType, ascendingValues);
        }
    }

    public int GroupSize { get; }

    /// <summary>The districts whose values entered the figures.</summary>
    public MemberSet Group { get; }

    /// <summary>The versions of the values that entered the figures: what the differencing guard counts.</summary>
    public MemberSet Contributions { get; }

    /// <summary>The contributors a district sees without a name (anonymous or private).</summary>
    public IReadOnlyList<Guid> Unnamed => _unnamed.Value;

    /// <summary>The contributors whose values are private (shown individually to staff only).</summary>
    public IReadOnlyList<Guid> Private => _private.Value;

    public IReadOnlyList<decimal> AscendingValues { get; }

    public PreparedRows Rows { get; }

    /// <summary>The district's value as it entered these figures, or null when it is not in the group.</summary>
    public decimal? ValueOf(Guid district) => Find(district)?.Value;

    /// <summary>
    /// This comparison with the values of <paramref name="changed"/> districts replaced by
    /// <paramref name="current"/> (a changed district missing from it no longer contributes): the
    /// same as preparing the resulting values anew, in time that grows with the changes, not with
    /// the group, but for one copy of each list.
    /// </summary>
    public PreparedComparison With(IReadOnlyCollection<Guid> changed, IReadOnlyCollection<Contributor> current)
    {
        ArgumentNullException.ThrowIfNull(changed);
        ArgumentNullException.ThrowIfNull(current);
        List<Contributor> removed = [.. changed.Select(Find).OfType<Contributor>()];
        if (removed.Count + current.Count > MostChangesPatched)
        {
            var byDistrict = _byDistrict.ToDictionary(c => c.DistrictId);
            foreach (var district in changed)
            {
                byDistrict.Remove(district);
            }

            foreach (var contributor in current)
            {
                byDistrict[contributor.DistrictId] = contributor;
            }

            return new PreparedComparison(GroupValues.Of(GroupSize, [.. byDistrict.Values]), _measureType, _floor);
        }

        return new PreparedComparison(
            GroupSize,
            SortedEdit.Apply(_byDistrict, removed, current, s_byDistrict),
            new MemberSet(SortedEdit.Apply(Contributions.Members, removed.Select(c => c.ContributionId), current.Select(c => c.ContributionId), Comparer<Guid>.Default)),
            new MemberSet(SortedEdit.Apply(_named.Members, NamedContributions(removed), NamedContributions(current), Comparer<Guid>.Default)),
            SortedEdit.Apply(AscendingValues, removed.Select(c => c.Value), current.Select(c => c.Value), Comparer<decimal>.Default),
            Rows.With([.. removed.Select(c => c.ToContributed())], [.. current.Select(c => c.ToContributed())]),
            _measureType,
            _floor);
    }

    /// <summary>
    /// The group as the differencing guard records it for <paramref name="viewer"/>: the values'
    /// versions, with those it sees by name (named values, its own) marked known.
    /// </summary>
    public AnsweredGroup AnsweredFor(Viewer viewer) =>
        new(Contributions, _named, viewer.DistrictId is { } own ? Find(own)?.ContributionId : null);

    /// <summary>The versions of the values of this group's districts other than <paramref name="districts"/>.</summary>
    public MemberSet ContributionsExcept(IEnumerable<Guid> districts)
    {
        var leftOut = districts.ToHashSet();
        return new MemberSet(_byDistrict.Where(c => !leftOut.Contains(c.DistrictId)).Select(c => c.ContributionId));
    }

    /// <summary>The values of this group that are among <paramref name="contributions"/>, as a group of their own.</summary>
    public GroupValues ValuesWithin(MemberSet contributions)
    {
        List<Contributor> within = [.. _byDistrict.Where(c => contributions.Contains(c.ContributionId))];
        return GroupValues.Of(within.Count, within);
    }

    /// <summary>The other districts in the group as <paramref name="viewer"/> sees them (its own value left out): O(log n).</summary>
    public GroupMakeup MakeupFor(Viewer viewer)
    {
        if (viewer.DistrictId is not { } own || Find(own) is not { } contributor)
        {
            return _everyone;
        }

        return contributor.Visibility switch
        {
            Visibility.Named => _everyone with { Named = _everyone.Named - 1 },
            Visibility.Anonymous => _everyone with { Anonymous = _everyone.Anonymous - 1 },
            _ => _everyone with { Private = _everyone.Private - 1 },
        };
    }

    /// <summary>The figures <paramref name="viewer"/> may see: statistics its group size does not allow are left unset, means rounded.</summary>
    public Figures FiguresFor(Viewer viewer, DisclosurePolicy policy)
    {
        var shown = policy.Statistics(viewer, MakeupFor(viewer).Total);
        var figures = new Figures
        {
            DistrictCount = Group.Count,
            StatisticsWithheldExplanation = _yesNo is null ? policy.WithheldExplanation(shown) ?? string.Empty : string.Empty,
        };
        if (_yesNo is { } yesNo)
        {
            figures.YesNo = new YesNoFigures { YesPercent = policy.RoundShare(viewer, yesNo.YesPercent).ToProto() };
        }
        else if (_distribution is { } distribution)
        {
            figures.Numeric = Numeric(distribution, viewer, policy, shown);
        }

        return figures;
    }

    /// <summary>The centre of the group as a trend shows it: the median (a rubric's is a reported level), for yes/no the rounded share of yes.</summary>
    public decimal CentreFor(Viewer viewer, DisclosurePolicy policy) =>
        _yesNo is { } yesNo ? policy.RoundShare(viewer, yesNo.YesPercent) : _distribution!.Median;

    private static IEnumerable<Guid> NamedContributions(IEnumerable<Contributor> contributors) =>
        contributors.Where(c => c.Visibility == Visibility.Named).Select(c => c.ContributionId);

    private static Contributor[] ByDistrict(List<Contributor> contributors)
    {
        Contributor[] byDistrict = [.. contributors];

        // Contributors are read ordered by district: a look in O(n) spares ordering them again.
        for (var i = 1; i < byDistrict.Length; i++)
        {
            if (byDistrict[i - 1].DistrictId.CompareTo(byDistrict[i].DistrictId) > 0)
            {
                Array.Sort(byDistrict, s_byDistrict);
                break;
            }
        }

        return byDistrict;
    }

    private Contributor? Find(Guid district) =>
        SortedEdit.IndexOf(_byDistrict, c => c.DistrictId.CompareTo(district)) is var index and >= 0 ? _byDistrict[index] : null;

    private static NumericFigures Numeric(Distribution distribution, Viewer viewer, DisclosurePolicy policy, PublishedStatistics shown)
    {
        var numeric = new NumericFigures();
        if (shown.HasFlag(PublishedStatistics.Median))
        {
            numeric.Median = distribution.Median.ToProto();
        }

        if (shown.HasFlag(PublishedStatistics.Mean))
        {
            numeric.Mean = policy.RoundMean(viewer, distribution.Mean).ToProto();
        }

        if (shown.HasFlag(PublishedStatistics.Quartiles))
        {
            (numeric.Q1, numeric.Q3) = (distribution.Q1.ToProto(), distribution.Q3.ToProto());
        }

        if (shown.HasFlag(PublishedStatistics.Extremes))
        {
            (numeric.Min, numeric.Max) = (distribution.Min.ToProto(), distribution.Max.ToProto());
        }

        return numeric;
    }
}
