using Consortium.Contracts.Insights.V1;
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
/// </summary>
internal sealed class PreparedComparison
{
    private readonly List<Contributor> _contributors;
    private readonly Dictionary<Guid, decimal> _valueOf;
    private readonly Dictionary<Guid, Visibility> _visibilityOf;
    private readonly Dictionary<Guid, Guid> _contributionOf;
    private readonly MemberSet _named;
    private readonly GroupMakeup _everyone;
    private readonly Distribution? _distribution;
    private readonly YesNoSummary? _yesNo;

    public PreparedComparison(GroupValues values, MeasureType measureType, SuppressionFloor floor)
    {
        GroupSize = values.GroupSize;
        _contributors = values.Contributors;
        Group = new MemberSet(values.Contributors.Select(c => c.DistrictId));
        _valueOf = values.Contributors.ToDictionary(c => c.DistrictId, c => c.Value);
        _visibilityOf = values.Contributors.ToDictionary(c => c.DistrictId, c => c.Visibility);
        _contributionOf = values.Contributors.ToDictionary(c => c.DistrictId, c => c.ContributionId);
        _named = new MemberSet(values.Contributors.Where(c => c.Visibility == Visibility.Named).Select(c => c.ContributionId));
        Contributions = new MemberSet(_contributionOf.Values);
        ContributedValue[] contributed = [.. values.Contributors.Select(c => c.ToContributed())];
        _everyone = GroupMakeup.Of(Viewer.Staff, contributed);
        Unnamed = [.. values.Contributors.Where(c => c.Visibility != Visibility.Named).Select(c => c.DistrictId)];
        Private = [.. values.Contributors.Where(c => c.Visibility is not (Visibility.Named or Visibility.Anonymous)).Select(c => c.DistrictId)];
        AscendingValues = values.SortedValues;
        Rows = new PreparedRows(contributed, floor);
        if (values.SortedValues.Count == 0)
        {
            return;
        }

        if (measureType == MeasureType.YesNo)
        {
            _yesNo = new YesNoSummary(values.SortedValues.Count, values.YesCount);
        }
        else
        {
            _distribution = MeasureSummary.Distribution(measureType, values.SortedValues);
        }
    }

    public int GroupSize { get; }

    /// <summary>The districts whose values entered the figures.</summary>
    public MemberSet Group { get; }

    /// <summary>The versions of the values that entered the figures: what the differencing guard counts.</summary>
    public MemberSet Contributions { get; }

    /// <summary>The contributors a district sees without a name (anonymous or private).</summary>
    public IReadOnlyList<Guid> Unnamed { get; }

    /// <summary>The contributors whose values are private (shown individually to staff only).</summary>
    public IReadOnlyList<Guid> Private { get; }

    public IReadOnlyList<decimal> AscendingValues { get; }

    public PreparedRows Rows { get; }

    /// <summary>The district's value as it entered these figures, or null when it is not in the group.</summary>
    public decimal? ValueOf(Guid district) => _valueOf.TryGetValue(district, out var value) ? value : null;

    /// <summary>
    /// The group as the differencing guard records it for <paramref name="viewer"/>: the values'
    /// versions, with those it sees by name (named values, its own) marked known.
    /// </summary>
    public AnsweredGroup AnsweredFor(Viewer viewer) =>
        new(
            Contributions,
            _named,
            viewer.DistrictId is { } own && _contributionOf.TryGetValue(own, out var ownContribution) ? ownContribution : null);

    /// <summary>The versions of the values of this group's districts other than <paramref name="districts"/>.</summary>
    public MemberSet ContributionsExcept(IEnumerable<Guid> districts)
    {
        var leftOut = districts.ToHashSet();
        return new MemberSet(_contributors.Where(c => !leftOut.Contains(c.DistrictId)).Select(c => c.ContributionId));
    }

    /// <summary>The values of this group that are among <paramref name="contributions"/>, as a group of their own.</summary>
    public GroupValues ValuesWithin(MemberSet contributions)
    {
        List<Contributor> within = [.. _contributors.Where(c => contributions.Contains(c.ContributionId))];
        return GroupValues.Of(within.Count, within);
    }

    /// <summary>The other districts in the group as <paramref name="viewer"/> sees them (its own value left out): O(1).</summary>
    public GroupMakeup MakeupFor(Viewer viewer)
    {
        if (viewer.DistrictId is not { } own || !_visibilityOf.TryGetValue(own, out var visibility))
        {
            return _everyone;
        }

        return visibility switch
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
