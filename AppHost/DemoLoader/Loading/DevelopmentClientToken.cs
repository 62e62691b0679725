using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Consortium.DemoLoader.Hosting;
using Microsoft.Extensions.Options;

namespace Consortium.DemoLoader.Loading;

/// <summary>
/// A consortium-staff access token from the identity service's token endpoint, as its development
/// client (client credentials; the identity service offers that client only in Development). The
/// identity service's staff API trusts its own tokens only, not the development key.
/// </summary>
internal sealed class DevelopmentClientToken(HttpClient http, IOptions<DemoLoaderOptions> options)
{
    public const string ClientId = "consortium-development";

    public async Task<string> RequestAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var response = await http.PostAsync(new Uri(settings.IdentityHttpAddress!, "connect/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = ClientId,
            ["client_secret"] = settings.DevelopmentClientSecret!,
        }), cancellationToken);
        var answer = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken);
        if (!response.IsSuccessStatusCode || answer?.AccessToken is not { Length: > 0 } token)
        {
            throw new DemoLoadException($"The identity service refused the development client ({(int)response.StatusCode} {answer?.Error}: {answer?.ErrorDescription}); is it running in Development?");
        }

        return token;
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("error")] string? Error,
        [property: JsonPropertyName("error_description")] string? ErrorDescription);
}
