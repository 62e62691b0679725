namespace Consortium.Identity.Data;

/// <summary>
/// One ASP.NET Core Data Protection key (its XML), kept in the identity database so every
/// instance, and the service after a restart, can read what another protected: providers'
/// client secrets, the OpenIddict client's state tokens, sign-in cookies and antiforgery tokens.
/// </summary>
public sealed class DataProtectionKey
{
    public int Id { get; init; }

    public string? FriendlyName { get; init; }

    public required string Xml { get; init; }
}
