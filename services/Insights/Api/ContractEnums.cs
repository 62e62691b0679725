using Consortium.Contracts.Events.Districts.V1;
using Consortium.Contracts.Events.Pipeline.V1;
using Consortium.Contracts.Events.Submissions.V1;
using Consortium.ServiceDefaults.Vocabulary;
using Confidentiality = Consortium.Insights.Domain.Confidentiality;
using Measures = Consortium.ServiceDefaults.Domain.Measures;
using Peers = Consortium.Insights.Domain.Peers;
using Proto = Consortium.Contracts.Insights.V1;

namespace Consortium.Insights.Api;

/// <summary>
/// The API's enums ↔ the domain's and the read model's (which keeps the events' enums): each pair
/// mapped once, by member name, checked (ADR 22).
/// </summary>
internal static class ContractEnums
{
    public static readonly EnumMap<Proto.SuppressionReason, Confidentiality.SuppressionReason> SuppressionReason = new();

    /// <summary>"Nothing withheld" is said by leaving the field unset.</summary>
    public static readonly EnumMap<Proto.RowsWithheld, Confidentiality.RowsWithheld> RowsWithheld =
        new(renamed: [(Proto.RowsWithheld.Unspecified, Confidentiality.RowsWithheld.None)]);

    public static readonly EnumMap<Proto.Visibility, Confidentiality.Visibility> Visibility = new();

    public static readonly EnumMap<Proto.LocaleClass, Peers.LocaleClass> LocaleClass = new();

    public static readonly EnumMap<Proto.SizeBand, Peers.SizeBand> SizeBand = new();

    public static readonly EnumMap<Proto.MeasureType, Measures.MeasureType> MeasureType = new();

    public static readonly EnumMap<Proto.Direction, Measures.Direction> Direction = new();

    public static readonly EnumMap<Proto.ImplementationStage, ImplementationStageV1> ImplementationStage = new();

    public static readonly EnumMap<Proto.PipelineStage, PipelineStageV1> PipelineStage = new();

    /// <summary>The proto spells "ready in" without "in" (READINESS_LEVEL_READY_1_TO_2_YEARS).</summary>
    public static readonly EnumMap<Proto.ReadinessLevel, ReadinessLevelV1> ReadinessLevel = new(renamed:
    [
        (Proto.ReadinessLevel.Ready1To2Years, ReadinessLevelV1.ReadyIn1To2Years),
        (Proto.ReadinessLevel.Ready3PlusYears, ReadinessLevelV1.ReadyIn3PlusYears),
    ]);

    /// <summary>A submission's resolved visibility, as its event carried it.</summary>
    public static readonly EnumMap<VisibilityV1, Confidentiality.Visibility> SubmittedVisibility = Data.ReadModel.ReadModelEnums.Visibility;

    /// <summary>A district's sharing preference says the same three things as a visibility.</summary>
    public static readonly EnumMap<SharingPreferenceV1, Confidentiality.Visibility> SharingPreference = new();

    /// <summary>A district's current preference as a visibility; 0 is "its event has not arrived yet".</summary>
    public static Confidentiality.Visibility? PreferenceOrNull(SharingPreferenceV1 preference) =>
        preference == 0 ? null : SharingPreference.ToDomain(preference);
}
