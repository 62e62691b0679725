using Consortium.Contracts.Insights.V1;

namespace Consortium.Web.Services;

/// <summary>How the leaders' pages word the Insights service's answers.</summary>
public static class InsightsText
{
    /// <summary>Why the peers are peers: the matching the Insights service does, in plain words.</summary>
    public const string WhyPeers =
        "Peers are the member districts whose context is most like yours in your latest accepted profile: "
        + "size of enrollment, share of economically disadvantaged students, English learners and students "
        + "with disabilities, and whether you are a city, suburb, town or rural district. Each counts equally; "
        + "a similarity of 100 means the same context.";

    public static string Locale(LocaleClass locale) => locale switch
    {
        LocaleClass.City => "City",
        LocaleClass.Suburb => "Suburb",
        LocaleClass.Town => "Town",
        LocaleClass.Rural => "Rural",
        _ => "",
    };

    public static string Size(SizeBand size) => size switch
    {
        SizeBand.Small => "Small",
        SizeBand.Medium => "Medium",
        SizeBand.Large => "Large",
        SizeBand.VeryLarge => "Very large",
        _ => "",
    };

    public static string Stage(ImplementationStage stage) => stage switch
    {
        ImplementationStage.Exploration => "Exploration",
        ImplementationStage.Installation => "Installation",
        ImplementationStage.InitialImplementation => "Initial implementation",
        ImplementationStage.FullImplementation => "Full implementation",
        _ => "Not reported",
    };

    /// <summary>A group median as shown, or the service's reason it is withheld.</summary>
    public static string Median(GroupMedian? median) => median?.OutcomeCase switch
    {
        GroupMedian.OutcomeOneofCase.Median => median.Median.Value,
        GroupMedian.OutcomeOneofCase.Suppression => $"Withheld: {median.Suppression.Explanation}",
        _ => "—",
    };

    /// <summary>The sentence about districts in the group not shown by name.</summary>
    public static string Unnamed(GetPeerGroupResponse group) => group.CountsWithheld
        ? "How many districts are in the group, and how many keep their name private, is not shown: the group is small enough that the counts could tell which districts they are."
        : group.UnnamedCount == 0
            ? $"All {group.DistrictCount} peers share their name."
            : $"{group.DistrictCount} peers in all; {group.UnnamedCount} of them do not share their name and are not listed.";
}
