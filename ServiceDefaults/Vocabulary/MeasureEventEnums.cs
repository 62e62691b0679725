using Consortium.Contracts.Events.Topics.V1;
using Consortium.ServiceDefaults.Domain.Measures;

namespace Consortium.ServiceDefaults.Vocabulary;

/// <summary>
/// The event vocabulary of measures ↔ the shared domain's, declared once here because every
/// service that publishes or learns target definitions (Topics, Submissions, Insights) uses it.
/// </summary>
public static class MeasureEventEnums
{
    public static readonly EnumMap<MeasureTypeV1, MeasureType> MeasureType = new();

    public static readonly EnumMap<DirectionV1, Direction> Direction = new();
}
