namespace Consortium.Web.Services;

/// <summary>What to do with a session's tokens before a call.</summary>
public enum TokenDecision
{
    /// <summary>The access token is good for a while yet: call with it.</summary>
    Use,

    /// <summary>The access token is near its end (or past it) and a refresh token is there: renew first.</summary>
    Refresh,

    /// <summary>Expired with nothing to renew it: the session is over.</summary>
    Ended,
}

/// <summary>
/// When to renew an access token: before it expires, so no call is made with a token that dies on
/// the way. The renewal comes two minutes before the end, or when a fifth of the token's lifetime
/// is left if that is shorter (a 15-minute token is renewed after 13 minutes; a 1-minute token
/// after 48 s), so a short-lived token is not renewed at every call.
/// </summary>
public static class TokenRefreshPolicy
{
    public static readonly TimeSpan LatestMargin = TimeSpan.FromMinutes(2);

    public static TokenDecision Decide(SessionTokenSet tokens, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var lifetime = tokens.ExpiresAt - tokens.ReceivedAt;
        var margin = lifetime > TimeSpan.Zero ? TimeSpan.FromTicks(Math.Min(lifetime.Ticks / 5, LatestMargin.Ticks)) : TimeSpan.Zero;
        if (now < tokens.ExpiresAt - margin)
        {
            return TokenDecision.Use;
        }

        if (tokens.RefreshToken is { Length: > 0 })
        {
            return TokenDecision.Refresh;
        }

        return now < tokens.ExpiresAt ? TokenDecision.Use : TokenDecision.Ended;
    }

    /// <summary>
    /// When a new access token expires: the token endpoint's <c>expires_in</c>, else the token's own
    /// <c>exp</c>; a token that says neither is treated as expiring now (renewed at the next call).
    /// </summary>
    public static DateTimeOffset ExpiresAt(string? expiresIn, DateTimeOffset? tokenExpiry, DateTimeOffset now) =>
        int.TryParse(expiresIn, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? now.AddSeconds(seconds)
            : tokenExpiry ?? now;
}
