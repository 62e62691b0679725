using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace Consortium.FrontDoor.Callers;

/// <summary>
/// An access token from the identity service's token endpoint for one confidential client (client
/// credentials), asked again a minute before it expires (access tokens live 15 minutes), so a long
/// run keeps calling with valid tokens as a real automation client would.
/// </summary>
internal sealed class ClientCredentials(HttpClient http, Uri identity, string clientId, string clientSecret, string? scope = null) : IDisposable
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private string? _token;
    private DateTimeOffset _renewAt;

    public string ClientId { get; } = clientId;

    public async Task<string> TokenAsync(CancellationToken cancellationToken)
    {
        if (_token is { } current && DateTimeOffset.UtcNow < _renewAt)
        {
            return current;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (_token is null || DateTimeOffset.UtcNow >= _renewAt)
            {
                var form = new Dictionary<string, string>
                {
                    ["grant_type"] = "client_credentials",
                    ["client_id"] = ClientId,
                    ["client_secret"] = clientSecret,
                };
                if (scope is not null)
                {
                    form["scope"] = scope;
                }

                using var content = new FormUrlEncodedContent(form);
                using var response = await http.PostAsync(new Uri(identity, "connect/token"), content, cancellationToken);
                var answer = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken);
                if (!response.IsSuccessStatusCode || answer?.AccessToken is not { Length: > 0 } token)
                {
                    throw new InvalidOperationException($"The identity service refused client {ClientId}: {(int)response.StatusCode} {answer?.Error} {answer?.ErrorDescription}");
                }

                _token = token;
                _renewAt = DateTimeOffset.UtcNow.AddSeconds(Math.Max(30, answer.ExpiresIn - 60));
            }

            return _token;
        }
        finally
        {
            _refresh.Release();
        }
    }

    public void Dispose() => _refresh.Dispose();

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn,
        [property: JsonPropertyName("error")] string? Error,
        [property: JsonPropertyName("error_description")] string? ErrorDescription);
}
