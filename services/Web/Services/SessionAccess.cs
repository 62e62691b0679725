namespace Consortium.Web.Services;

/// <summary>
/// The access token to call the services with for a session, renewed with the refresh token before
/// it expires (<see cref="TokenRefreshPolicy"/>). The identity service rotates refresh tokens, so
/// the new one is kept and refreshes of one session never overlap. A refused refresh (the account
/// was disabled, its district withdrawn) ends the session here: the calls then say the session has
/// ended, and the next page load goes to sign-in. An unreachable identity service ends nothing:
/// the token is used while it lasts and the next call tries again.
/// </summary>
public sealed partial class SessionAccess(SessionTokens tokens, ITokenEndpoint endpoint, TimeProvider time, ILogger<SessionAccess> logger)
{
    /// <summary>The access token to forward; null once the session is over (or cannot be renewed now).</summary>
    public async Task<string?> AccessTokenAsync(string? sessionId, CancellationToken cancellationToken = default)
    {
        if (sessionId is null || tokens.TokensOf(sessionId) is not { } current)
        {
            return null;
        }

        switch (TokenRefreshPolicy.Decide(current, time.GetUtcNow()))
        {
            case TokenDecision.Use:
                return current.AccessToken;
            case TokenDecision.Ended:
                tokens.End(sessionId);
                return null;
        }

        if (tokens.RefreshGateOf(sessionId) is not { } gate)
        {
            return null;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            return await RefreshAsync(sessionId, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<string?> RefreshAsync(string sessionId, CancellationToken cancellationToken)
    {
        // Another call of the session may have renewed the tokens while this one waited.
        if (tokens.TokensOf(sessionId) is not { } current)
        {
            return null;
        }

        var decision = TokenRefreshPolicy.Decide(current, time.GetUtcNow());
        if (decision != TokenDecision.Refresh)
        {
            return decision == TokenDecision.Use ? current.AccessToken : null;
        }

        var outcome = await endpoint.RefreshAsync(current.RefreshToken!, cancellationToken);
        var now = time.GetUtcNow();
        switch (outcome)
        {
            case RefreshOutcome.Renewed renewed:
                var next = new SessionTokenSet(
                    renewed.AccessToken,
                    renewed.RefreshToken ?? current.RefreshToken,
                    TokenRefreshPolicy.ExpiresAt(renewed.ExpiresIn, AccessTokenExpiry.Of(renewed.AccessToken), now),
                    now);
                return tokens.Replace(sessionId, next) ? next.AccessToken : null;
            case RefreshOutcome.Refused refused:
                LogRefused(logger, refused.Reason);
                tokens.End(sessionId);
                return null;
            default:
                LogUnavailable(logger, ((RefreshOutcome.Unavailable)outcome).Reason);
                return now < current.ExpiresAt ? current.AccessToken : null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, EventName = "SessionRefreshRefused", Message = "A session ended: the identity service refused to renew its token ({Reason})")]
    private static partial void LogRefused(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, EventName = "SessionRefreshUnavailable", Message = "A session's token could not be renewed now ({Reason}); the next call tries again")]
    private static partial void LogUnavailable(ILogger logger, string reason);
}
