namespace Consortium.Identity.Data;

/// <summary>
/// Links a person at a district's provider (its issuer and their subject there) to their
/// <see cref="Person"/>, whose id stays the <c>sub</c> of every consortium token: the same
/// person on every sign-in, whatever the provider's e-mail or name claims say later.
/// </summary>
public sealed class ExternalLogin
{
    public required string Issuer { get; init; }

    public required string Subject { get; init; }

    public required Guid PersonId { get; init; }

    /// <summary>The provider that created the link: only it signs the person in again.</summary>
    public required Guid ProviderId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
