using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace Consortium.Identity.Signing;

/// <summary>Hands the key ring's certificates to OpenIddict (read when its options are first built, after start-up).</summary>
internal sealed class KeyRingServerCredentials(SigningKeyRing ring) : IConfigureOptions<OpenIddictServerOptions>
{
    public void Configure(OpenIddictServerOptions options)
    {
        foreach (var certificate in ring.SigningCertificates)
        {
            options.SigningCredentials.Add(new SigningCredentials(new X509SecurityKey(certificate), SecurityAlgorithms.RsaSha256));
        }

        options.EncryptionCredentials.Add(new EncryptingCredentials(
            new X509SecurityKey(ring.EncryptionCertificate), SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
    }
}
