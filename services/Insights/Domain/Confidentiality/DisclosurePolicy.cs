namespace Consortium.Insights.Domain.Confidentiality;

/// <summary>
/// The one place that decides what a viewer may be shown of a group's values (ADR 15). Every
/// answer with figures over other districts goes through it:
/// <list type="number">
/// <item><b>k over others.</b> The viewer's own district never counts toward k: a group is
/// answered only when at least k <i>other</i> districts' values are in it.</item>
/// <item><b>Complementary suppression.</b> The viewer knows every named value (shown with names),
/// every anonymous value (listed without names, here and by Submissions) and its own. So private
/// values fewer than k in a group would be pinned by any exact statistic (n·mean − Σ shown): they
/// are left out of the figures. Then, in a group the caller chose by criteria (similar peers, a
/// filter), values it cannot tie to a name (anonymous and the private ones still in) fewer than k
/// would be tied to the few unnamed members matching the criteria: they are left out too. Over
/// all members they stay: every anonymous value of a topic is listed by Submissions anyway, to
/// the same set of districts, so the figures add nothing (<see cref="LeftOut"/>).</item>
/// <item><b>Statistics by size.</b> Order statistics are single districts' exact values, so
/// each is published only when enough others stand behind it: count, median, mean and position
/// from k others; quartiles from 2k; minimum and maximum from 3k
/// (<see cref="Statistics"/>).</item>
/// <item><b>Rounded means.</b> A mean is published to <see cref="MeanSignificantDigits"/>
/// significant digits (a yes share to whole percent), so even a sum of a known group carries an
/// uncertainty of n × half a step (<see cref="RoundMean"/>).</item>
/// </list>
/// Staff see every value individually anyway: for them only the plain k-floor applies.
/// </summary>
public sealed class DisclosurePolicy(SuppressionFloor floor)
{
    /// <summary>Significant digits a published mean keeps.</summary>
    public const int MeanSignificantDigits = 3;

    /// <summary>Quartiles need this many times k other districts.</summary>
    public const int QuartileFactor = 2;

    /// <summary>Minimum and maximum need this many times k other districts.</summary>
    public const int ExtremesFactor = 3;

    public SuppressionFloor Floor { get; } = floor;

    public int K => Floor.K;

    /// <summary>
    /// Which values must be left out of the figures for <paramref name="viewer"/>: private ones when
    /// 1 … k−1 are among the others, then, in a chosen group (<paramref name="allMembers"/> false),
    /// every unnamed one when 1 … k−1 remain. Never for staff.
    /// </summary>
    public LeftOutValues LeftOut(Viewer viewer, GroupMakeup others, bool allMembers)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(others);
        if (viewer.IsStaff)
        {
            return LeftOutValues.None;
        }

        var privateOut = IsFew(others.Private);
        var unnamedLeft = others.Anonymous + (privateOut ? 0 : others.Private);
        return !allMembers && IsFew(unnamedLeft) ? LeftOutValues.Unnamed : privateOut ? LeftOutValues.Private : LeftOutValues.None;
    }

    // 1 … k−1: enough to be there, too few to hide among each other.
    private bool IsFew(int count) => count > 0 && count < K;

    /// <summary>
    /// Null when the group may be answered at all; otherwise why not. For a district the group is
    /// counted without its own value (<paramref name="others"/>); for staff over every contributor.
    /// </summary>
    public Suppression? Check(Viewer viewer, int contributors, GroupMakeup others)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(others);
        if (viewer.IsStaff)
        {
            return Floor.Check(contributors);
        }

        return others.Total >= K
            ? null
            : new Suppression(
                SuppressionReason.TooFewDistricts,
                $"Fewer than {K} districts other than yours are in this group, so its figures are not shown to protect each district's data.");
    }

    /// <summary>
    /// Whether the sizes of a list of districts (a peer group) are withheld: with fewer than k
    /// districts they tell how many match a few criteria, and 1 … k−1 unnamed ones are the few
    /// districts of the group that keep their choice to themselves. Never for staff.
    /// </summary>
    public bool WithholdsCounts(Viewer viewer, int districts, int unnamed) =>
        !viewer.IsStaff && (districts < K || IsFew(unnamed));

    /// <summary>Which statistics a viewer may see of a group with <paramref name="others"/> other districts' values.</summary>
    public PublishedStatistics Statistics(Viewer viewer, int others)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (viewer.IsStaff)
        {
            return PublishedStatistics.All;
        }

        var shown = PublishedStatistics.None;
        if (others >= K)
        {
            shown |= PublishedStatistics.Median | PublishedStatistics.Mean | PublishedStatistics.Position;
        }

        if (others >= QuartileFactor * K)
        {
            shown |= PublishedStatistics.Quartiles;
        }

        if (others >= ExtremesFactor * K)
        {
            shown |= PublishedStatistics.Extremes;
        }

        return shown;
    }

    /// <summary>Words for people when some statistics are not published; null when all are.</summary>
    public string? WithheldExplanation(PublishedStatistics shown) =>
        shown == PublishedStatistics.All
            ? null
            : $"Quartiles are shown from {QuartileFactor * K} other districts and the lowest and highest values from {ExtremesFactor * K}: "
                + "in smaller groups they would be single districts' exact values.";

    /// <summary>
    /// A mean as published to a district: <see cref="MeanSignificantDigits"/> significant digits
    /// (staff get it exact). 57.1428… becomes 57.1; 12,345.6 becomes 12,300.
    /// </summary>
    public decimal RoundMean(Viewer viewer, decimal mean) =>
        viewer.IsStaff ? mean : RoundSignificant(mean, MeanSignificantDigits);

    /// <summary>A share of yes (0–100) as published to a district: whole percent.</summary>
    public decimal RoundShare(Viewer viewer, decimal percent) =>
        viewer.IsStaff ? percent : Math.Round(percent, 0, MidpointRounding.AwayFromZero);

    /// <summary>The step <paramref name="value"/> is rounded to by <see cref="RoundMean"/>: half of it is the uncertainty per value summed.</summary>
    public static decimal MeanStep(decimal value)
    {
        if (value == 0m)
        {
            return 0m;
        }

        var magnitude = (int)Math.Floor(Math.Log10((double)Math.Abs(value)));
        return Pow10(magnitude - MeanSignificantDigits + 1);
    }

    private static decimal RoundSignificant(decimal value, int digits)
    {
        var step = MeanStep(value);
        return step == 0m ? 0m : Math.Round(value / step, 0, MidpointRounding.AwayFromZero) * step;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            result = exponent > 0 ? result * 10m : result / 10m;
        }

        return result;
    }
}

/// <summary>
/// The other districts (the viewer's own left out) whose values are in a group, by what the
/// viewer may see of each: with a name, without, or not at all.
/// </summary>
public sealed record GroupMakeup(int Named, int Anonymous, int Private)
{
    public int Total => Named + Anonymous + Private;

    /// <summary>Values the viewer cannot tie to a district: anonymous and private.</summary>
    public int Unnamed => Anonymous + Private;

    /// <summary>The makeup of <paramref name="values"/> as seen by <paramref name="viewer"/> (its own value left out).</summary>
    public static GroupMakeup Of(Viewer viewer, IEnumerable<ContributedValue> values)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var others = values.Where(v => v.DistrictId != viewer.DistrictId).ToList();
        return new GroupMakeup(
            others.Count(v => v.Visibility == Visibility.Named),
            others.Count(v => v.Visibility == Visibility.Anonymous),
            others.Count(v => v.Visibility is not (Visibility.Named or Visibility.Anonymous)));
    }
}

/// <summary>Which values are left out of a viewer's figures (complementary suppression).</summary>
public enum LeftOutValues
{
    None = 0,

    /// <summary>Private values (1 … k−1 of them were in the group).</summary>
    Private = 1,

    /// <summary>Every value not shared by name: anonymous and private.</summary>
    Unnamed = 2,
}

/// <summary>The statistics of a distribution that may be published.</summary>
[Flags]
public enum PublishedStatistics
{
    None = 0,
    Median = 1,
    Mean = 2,
    Position = 4,
    Quartiles = 8,
    Extremes = 16,
    All = Median | Mean | Position | Quartiles | Extremes,
}
