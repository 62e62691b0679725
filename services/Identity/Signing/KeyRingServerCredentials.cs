using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace Consortium.Identity.Signing;

/// <summary>
/// Hands the key ring's certificates to OpenIddict, and tells its options monitor when the ring
/// changes, so the published key set and the key that signs follow a rotation without a restart
/// (OpenIddict orders its credentials when its options are built, after start-up).
/// </summary>
internal sealed class KeyRingServerCredentials(SigningKeyRing ring) : IConfigureOptions<OpenIddictServerOptions>, IOptionsChangeTokenSource<OpenIddictServerOptions>
{
    public string Name => Options.DefaultName;

    public IChangeToken GetChangeToken() => ring.GetChangeToken();

    public void Configure(OpenIddictServerOptions options)
    {
        foreach (var certificate in ring.SigningCertificates)
        {
            options.SigningCredentials.Add(new SigningCredentials(new X509SecurityKey(certificate), SecurityAlgorithms.RsaSha256));
        }

        foreach (var certificate in ring.EncryptionCertificates)
        {
            options.EncryptionCredentials.Add(new EncryptingCredentials(
                new X509SecurityKey(certificate), SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
        }
    }
}
