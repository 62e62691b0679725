namespace Consortium.Identity.Data;

/// <summary>
/// A district's automation client (client credentials): the OpenIddict application holds its
/// secret hash; this row says which district it acts for, and whether it still may.
/// </summary>
public sealed class AutomationClient
{
    /// <summary>The OpenIddict <c>client_id</c>, also the <c>sub</c> of its tokens.</summary>
    public required string ClientId { get; init; }

    public required Guid DistrictId { get; init; }

    public required string DisplayName { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? DisabledAt { get; set; }

    public bool IsDisabled => DisabledAt is not null;
}
