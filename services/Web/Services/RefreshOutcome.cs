using System.Text.Json;

namespace Consortium.Web.Services;

/// <summary>What the identity service answered a refresh.</summary>
public abstract record RefreshOutcome
{
    /// <summary>New tokens. The refresh token is null when the service kept the old one.</summary>
    public sealed record Renewed(string AccessToken, string? RefreshToken, string? ExpiresIn) : RefreshOutcome;

    /// <summary>The service refused (a disabled or withdrawn account, a revoked or expired refresh token): the session is over.</summary>
    public sealed record Refused(string Reason) : RefreshOutcome;

    /// <summary>The service could not be asked or failed on its side: the session stays, and the next call tries again.</summary>
    public sealed record Unavailable(string Reason) : RefreshOutcome;

    /// <summary>Reads a token endpoint's answer (OAuth 2.0, RFC 6749 §5).</summary>
    public static RefreshOutcome FromResponse(int statusCode, string body)
    {
        if (statusCode >= 500)
        {
            return new Unavailable($"the identity service answered {statusCode}");
        }

        JsonElement json;
        try
        {
            json = JsonDocument.Parse(body).RootElement.Clone();
        }
        catch (JsonException)
        {
            return statusCode >= 400 ? new Refused($"the identity service answered {statusCode}") : new Unavailable("the identity service's answer was not JSON");
        }

        if (statusCode is >= 200 and < 300 && Text(json, "access_token") is { Length: > 0 } accessToken)
        {
            return new Renewed(accessToken, Text(json, "refresh_token") is { Length: > 0 } refresh ? refresh : null, Text(json, "expires_in"));
        }

        // 400 invalid_grant, 401 invalid_client and the like: asking again will not help.
        var error = Text(json, "error") ?? $"status {statusCode}";
        var description = Text(json, "error_description");
        return new Refused(description is null ? error : $"{error}: {description}");
    }

    private static string? Text(JsonElement json, string name) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}

/// <summary>The identity service's token endpoint, as far as a refresh needs it.</summary>
public interface ITokenEndpoint
{
    Task<RefreshOutcome> RefreshAsync(string refreshToken, CancellationToken cancellationToken);
}
