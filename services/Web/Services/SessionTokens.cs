using System.Collections.Concurrent;

namespace Consortium.Web.Services;

/// <summary>
/// The tokens a signed-in person's session holds: the access token the services are called with,
/// the refresh token that renews it (the identity service rotates it: each refresh gives a new one),
/// when the access token expires, and when it was received (so the refresh can come before the end
/// whatever the token's lifetime).
/// </summary>
public sealed record SessionTokenSet(string AccessToken, string? RefreshToken, DateTimeOffset ExpiresAt, DateTimeOffset ReceivedAt);

/// <summary>
/// The tokens of signed-in people, kept on the server by session id. The cookie carries only the
/// session id, so a signed-out session is over on the server too (its tokens are gone), and the
/// interactive circuit, which has no HTTP request of its own, finds the token here.
/// A restart of the Web forgets every session: people sign in again.
/// </summary>
public sealed class SessionTokens
{
    private readonly ConcurrentDictionary<string, Session> _sessions = new(StringComparer.Ordinal);

    /// <summary>Starts a session and returns its id.</summary>
    public string Start(SessionTokenSet tokens)
    {
        var sessionId = Guid.NewGuid().ToString("N");
        _sessions[sessionId] = new Session(tokens);
        return sessionId;
    }

    public SessionTokenSet? TokensOf(string? sessionId) =>
        sessionId is not null && _sessions.TryGetValue(sessionId, out var session) ? session.Tokens : null;

    public bool IsActive(string? sessionId) => TokensOf(sessionId) is not null;

    /// <summary>Keeps renewed tokens; false when the session ended meanwhile (they are then dropped).</summary>
    public bool Replace(string sessionId, SessionTokenSet tokens)
    {
        if (!_sessions.TryGetValue(sessionId, out var session))
        {
            return false;
        }

        session.Tokens = tokens;
        return true;
    }

    /// <summary>
    /// One refresh at a time per session: the refresh token rotates, so a second refresh with the
    /// token the first one just used would be refused (and may revoke the new one too).
    /// </summary>
    public SemaphoreSlim? RefreshGateOf(string sessionId) =>
        _sessions.TryGetValue(sessionId, out var session) ? session.RefreshGate : null;

    public void End(string? sessionId)
    {
        if (sessionId is not null)
        {
            _sessions.TryRemove(sessionId, out _);
        }
    }

    private sealed class Session(SessionTokenSet tokens)
    {
        private SessionTokenSet _tokens = tokens;

        public SessionTokenSet Tokens
        {
            get => Volatile.Read(ref _tokens);
            set => Volatile.Write(ref _tokens, value);
        }

        public SemaphoreSlim RefreshGate { get; } = new(1, 1);
    }
}
