using Microsoft.IdentityModel.JsonWebTokens;

namespace Consortium.Web.Services;

/// <summary>The <c>exp</c> of a JWT access token, read without validating it (the services validate; the Web only schedules renewal).</summary>
public static class AccessTokenExpiry
{
    public static DateTimeOffset? Of(string accessToken)
    {
        var handler = new JsonWebTokenHandler();
        if (!handler.CanReadToken(accessToken))
        {
            return null;
        }

        var token = handler.ReadJsonWebToken(accessToken);
        return token.TryGetPayloadValue<long>("exp", out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
    }
}
