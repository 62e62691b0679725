using System.Runtime.Versioning;
using System.Security.Cryptography;


namespace Consortium.Hosting.Security;

/// <summary>
/// Keeps the local token signing key in the state folder (readable by its owner only), so tokens
/// printed by one run stay valid after a restart.
/// </summary>
[SupportedOSPlatform("linux")]
public static class SigningKeyStore
{
    public static DevelopmentTokens LoadOrCreate(string keyFile)
    {
        if (File.Exists(keyFile))
        {
            return new DevelopmentTokens(Convert.FromBase64String(File.ReadAllText(keyFile).Trim()));
        }

        var key = RandomNumberGenerator.GetBytes(32);
        Directory.CreateDirectory(Path.GetDirectoryName(keyFile)!);
        File.WriteAllText(keyFile, Convert.ToBase64String(key));
        File.SetUnixFileMode(keyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return new DevelopmentTokens(key);
    }
}
