using Consortium.Contracts.Districts.V1;

namespace Consortium.Web.Services;

/// <summary>
/// A member district's identity as staff edit it (name, NCES LEA id, state, locale), held as
/// typed so nothing is lost when a save fails. Every rule (the LEA id's state prefix, the locale
/// codes, name length) is the Districts service's; its field errors come back by these names.
/// </summary>
public sealed class DistrictForm
{
    /// <summary>The fields the form shows errors beside, as the service names them.</summary>
    public static readonly string[] Fields = ["name", "nces_lea_id", "state", "locale_code", "sharing_preference", "joined_on"];

    /// <summary>NCES urban-centric locale codes with their names, in NCES order.</summary>
    public static readonly IReadOnlyList<(int Code, string Label)> Locales =
    [
        (11, "City: Large"), (12, "City: Midsize"), (13, "City: Small"),
        (21, "Suburb: Large"), (22, "Suburb: Midsize"), (23, "Suburb: Small"),
        (31, "Town: Fringe"), (32, "Town: Distant"), (33, "Town: Remote"),
        (41, "Rural: Fringe"), (42, "Rural: Distant"), (43, "Rural: Remote"),
    ];

    public string Name { get; set; } = "";

    public string NcesLeaId { get; set; } = "";

    public string State { get; set; } = "";

    /// <summary>0 until one is chosen (the service then names the field).</summary>
    public int LocaleCode { get; set; }

    /// <summary>For a new district only: what others may see at first (anonymous unless staff choose).</summary>
    public SharingPreference SharingPreference { get; set; } = SharingPreference.Anonymous;

    /// <summary>For a new district only: the day it joined; today when empty.</summary>
    public DateTime? JoinedOn { get; set; }

    /// <summary>The district as loaded, for an edit: what changed is sent, and its version guards the change.</summary>
    public District? Original { get; private init; }

    public bool IsNew => Original is null;

    public static DistrictForm From(District district) => new()
    {
        Original = district,
        Name = district.Name,
        NcesLeaId = district.NcesLeaId,
        State = district.State,
        LocaleCode = district.LocaleCode,
        SharingPreference = district.SharingPreference,
    };

    public CreateDistrictRequest ToCreateRequest()
    {
        var request = new CreateDistrictRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            Name = Name.Trim(),
            NcesLeaId = NcesLeaId.Trim(),
            State = State.Trim().ToUpperInvariant(),
            LocaleCode = LocaleCode,
            SharingPreference = SharingPreference,
        };
        if (JoinedOn is { } joined)
        {
            request.JoinedOn = new Google.Type.Date { Year = joined.Year, Month = joined.Month, Day = joined.Day };
        }

        return request;
    }

    /// <summary>
    /// Only the fields that differ from the loaded district, guarded by its version, so a change
    /// someone else made in the meantime is not overwritten (the service answers ABORTED).
    /// Null when nothing changed.
    /// </summary>
    public UpdateDistrictRequest? ToUpdateRequest()
    {
        var original = Original ?? throw new InvalidOperationException("Only a loaded district can be updated.");
        var request = new UpdateDistrictRequest { RequestId = Guid.NewGuid().ToString(), DistrictId = original.DistrictId, ExpectedVersion = original.Version };
        var changed = false;
        if (Name.Trim() != original.Name)
        {
            request.Name = Name.Trim();
            changed = true;
        }

        if (NcesLeaId.Trim() != original.NcesLeaId)
        {
            request.NcesLeaId = NcesLeaId.Trim();
            changed = true;
        }

        var state = State.Trim().ToUpperInvariant();
        if (!string.Equals(state, original.State, StringComparison.Ordinal))
        {
            request.State = state;
            changed = true;
        }

        if (LocaleCode != original.LocaleCode)
        {
            request.LocaleCode = LocaleCode;
            changed = true;
        }

        return changed ? request : null;
    }
}
