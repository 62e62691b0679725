using System.Runtime.Versioning;
using System.Security.Cryptography;
using Consortium.Hosting.Servers;

namespace Consortium.Hosting.Security;

/// <summary>
/// Keeps the local token signing key in the state folder (readable by its owner only), so tokens
/// printed by one run stay valid after a restart.
/// </summary>
[SupportedOSPlatform("linux")]
public static class SigningKeyStore
{
    /// <summary>The key file's name in the state folder.</summary>
    public const string FileName = "signing-key";

    /// <summary>The key as base64, made on first use.</summary>
    public static string ReadOrCreateKey(string stateDirectory)
    {
        Directory.CreateDirectory(stateDirectory);
        return StateFiles.ReadOrCreate(Path.Combine(stateDirectory, FileName), () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
    }

    public static DevelopmentTokens LoadOrCreate(string stateDirectory) =>
        new(Convert.FromBase64String(ReadOrCreateKey(stateDirectory)));
}
