namespace Consortium.Identity.Domain;

/// <summary>
/// When signing keys are made, start signing and stop being published. A key is published
/// <see cref="Announcement"/> before it signs (so every service's cached key set already holds it),
/// signs for <see cref="SigningPeriod"/>, and stays published for <see cref="TokenLifetime"/> more,
/// so every token it signed can still be validated until that token expires.
/// </summary>
public sealed record KeyRotationPolicy(TimeSpan Announcement, TimeSpan SigningPeriod, TimeSpan TokenLifetime)
{
    public static readonly KeyRotationPolicy Default = new(TimeSpan.FromDays(2), TimeSpan.FromDays(90), TimeSpan.FromDays(1));

    /// <summary>The window of a key made at <paramref name="signsFrom"/>: it signs in [from, until) and is published until <c>PublishedUntil</c>.</summary>
    public KeyWindow WindowFrom(DateTimeOffset signsFrom) =>
        new(signsFrom, signsFrom + SigningPeriod, signsFrom + SigningPeriod + TokenLifetime);

    /// <summary>
    /// Whether a successor must be made now: none of the keys that sign or will sign still signs
    /// after the announcement period from now.
    /// </summary>
    public bool NeedsSuccessor(IEnumerable<KeyWindow> keys, DateTimeOffset now) =>
        !keys.Any(key => key.SignsUntil > now + Announcement);

    /// <summary>When a successor made now starts signing: at the end of the latest key's signing period, but never before it has been announced.</summary>
    public DateTimeOffset SuccessorStart(IEnumerable<KeyWindow> keys, DateTimeOffset now)
    {
        var announced = now + Announcement;
        var latest = keys.Select(key => key.SignsUntil).DefaultIfEmpty(now).Max();
        return keys.Any() ? (latest > announced ? latest : announced) : now;
    }
}

/// <summary>The life of one signing key.</summary>
public sealed record KeyWindow(DateTimeOffset SignsFrom, DateTimeOffset SignsUntil, DateTimeOffset PublishedUntil);
