using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Consortium.Contracts.Security;

namespace Consortium.Hosting.Security;

/// <summary>
/// Asks the identity service of a local platform for an access token (client credentials as its
/// development client, naming the role, district and subject the token is for; ADR 23). What the
/// <c>token</c> command, the start banner, the demo loader and the end-to-end tests use: the
/// services trust the identity service's tokens only, and the identity service honours this client
/// in Development only.
/// </summary>
public sealed class DevelopmentTokenClient(HttpClient http, Uri identityAddress, string clientSecret)
{
    /// <summary>The local platform's identity service (the app host's fixed port).</summary>
    public static readonly Uri LocalIdentityAddress = new("http://localhost:5160/");

    /// <summary>A token for <paramref name="subject"/> with one role, and the district it acts for where the role has one.</summary>
    public async Task<string> RequestAsync(string subject, string role, Guid? districtId = null, CancellationToken cancellationToken = default)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = DevelopmentTokenRequest.ClientId,
            ["client_secret"] = clientSecret,
            [DevelopmentTokenRequest.SubjectParameter] = subject,
            [DevelopmentTokenRequest.RoleParameter] = role,
        };
        if (districtId is { } district)
        {
            form[DevelopmentTokenRequest.DistrictIdParameter] = district.ToString();
        }

        using var content = new FormUrlEncodedContent(form);
        using var response = await http.PostAsync(new Uri(identityAddress, "connect/token"), content, cancellationToken).ConfigureAwait(false);
        var answer = await ReadAnswerAsync(response, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode || answer?.AccessToken is not { Length: > 0 } token)
        {
            throw new DevelopmentTokenException(
                $"The identity service at {identityAddress} refused the development client ({(int)response.StatusCode} {answer?.Error}: {answer?.ErrorDescription}); is it running, in Development?");
        }

        return token;
    }

    private static async Task<TokenResponse?> ReadAnswerAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken).ConfigureAwait(false);
        }
        catch (System.Text.Json.JsonException)
        {
            // Not the token endpoint's answer (a proxy's error page): the status code says enough.
            return null;
        }
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("error")] string? Error,
        [property: JsonPropertyName("error_description")] string? ErrorDescription);
}

/// <summary>The identity service gave no token (not running, not in Development, or the request was refused).</summary>
public sealed class DevelopmentTokenException(string message) : Exception(message);
