using System.Collections.Concurrent;

namespace Consortium.Web.Services;

/// <summary>
/// The access tokens of signed-in people, kept on the server by session id. The cookie carries
/// only the session id, so a signed-out session is over on the server too (its token is gone),
/// and the interactive circuit, which has no HTTP request of its own, finds the token here.
/// A restart of the Web forgets every session: people sign in again.
/// </summary>
public sealed class SessionTokens
{
    private readonly ConcurrentDictionary<string, string> _accessTokens = new(StringComparer.Ordinal);

    /// <summary>Starts a session and returns its id.</summary>
    public string Start(string accessToken)
    {
        var sessionId = Guid.NewGuid().ToString("N");
        _accessTokens[sessionId] = accessToken;
        return sessionId;
    }

    public string? AccessTokenOf(string? sessionId) =>
        sessionId is not null && _accessTokens.TryGetValue(sessionId, out var token) ? token : null;

    public bool IsActive(string? sessionId) => AccessTokenOf(sessionId) is not null;

    public void End(string? sessionId)
    {
        if (sessionId is not null)
        {
            _accessTokens.TryRemove(sessionId, out _);
        }
    }
}
