using Consortium.Contracts.Identity.V1;
using Consortium.Contracts.Insights.V1;

namespace Consortium.Web.Services;

/// <summary>
/// The e-mail addresses behind the subjects of a page of read audits: a token's subject is the
/// person's stable id, which tells staff nothing. One ListPeople per reader district on the page
/// (staff, who have none, are among everyone); a subject not found (an automation client, a person
/// beyond the first 200) shows as it is. Best effort: without the identity service the ids show.
/// </summary>
internal static class ReaderNames
{
    public static async Task<IReadOnlyDictionary<string, string>> OfAsync(IdentityService.IdentityServiceClient identity, IEnumerable<ReadAudit> audits)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var district in audits.Select(a => a.CallerDistrictId).Distinct(StringComparer.Ordinal))
        {
            var (page, _) = await ServiceCall.Run("Identity", async () => await identity.ListPeopleAsync(new ListPeopleRequest { DistrictId = district, PageSize = 200 }));
            foreach (var person in page?.People ?? [])
            {
                names[person.PersonId] = person.Email;
            }
        }

        return names;
    }
}
