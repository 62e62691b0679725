using Consortium.Contracts.Events.Submissions.V1;
using Consortium.ServiceDefaults.Vocabulary;
using Confidentiality = Consortium.Insights.Domain.Confidentiality;

namespace Consortium.Insights.Data.ReadModel;

/// <summary>
/// The read model keeps a submission's visibility as its event carried it; the projection rules and
/// the disclosure policy work with the domain's. Mapped by member name and checked (ADR 22), never by
/// number: a value added to one enum and not the other fails loudly instead of meaning something else.
/// </summary>
internal static class ReadModelEnums
{
    public static readonly EnumMap<VisibilityV1, Confidentiality.Visibility> Visibility = new();
}
