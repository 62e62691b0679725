using Consortium.Web.Services;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace Consortium.Web.Hosting;

/// <summary>
/// Refreshes at the identity service's token endpoint, found in its discovery document through the
/// sign-in handler's own configuration (same authority, same HTTP rules: plain HTTP only in
/// Development on this machine). The Web is a public client: the request carries no secret.
/// </summary>
internal sealed class IdentityTokenEndpoint(IOptionsMonitor<OpenIdConnectOptions> openIdConnect) : ITokenEndpoint
{
    public async Task<RefreshOutcome> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var options = openIdConnect.Get(OpenIdConnectDefaults.AuthenticationScheme);
        try
        {
            var configuration = await options.ConfigurationManager!.GetConfigurationAsync(cancellationToken);
            using var request = new HttpRequestMessage(HttpMethod.Post, configuration.TokenEndpoint)
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["grant_type"] = "refresh_token",
                    ["client_id"] = options.ClientId!,
                    ["refresh_token"] = refreshToken,
                }),
            };
            using var response = await options.Backchannel.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return RefreshOutcome.FromResponse((int)response.StatusCode, body);
        }
        catch (HttpRequestException exception)
        {
            return new RefreshOutcome.Unavailable(exception.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new RefreshOutcome.Unavailable("the identity service did not answer in time");
        }
        catch (InvalidOperationException exception)
        {
            // The discovery document could not be read.
            return new RefreshOutcome.Unavailable(exception.Message);
        }
    }
}
