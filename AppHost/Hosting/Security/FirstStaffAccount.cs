using System.Runtime.Versioning;
using System.Security.Cryptography;
using Consortium.Hosting.Servers;

namespace Consortium.Hosting.Security;

/// <summary>
/// The identity service's first consortium staff account on this machine: its e-mail address and
/// a password made once and kept in the state folder (readable by its owner only), so the person
/// running the platform can sign in to the web and invite everyone else.
/// </summary>
[SupportedOSPlatform("linux")]
public static class FirstStaffAccount
{
    public const string Email = "staff@consortium.example";

    /// <summary>The password file's name in the state folder.</summary>
    public const string FileName = "first-staff-password";

    /// <summary>The password, made on first use; it meets the identity service's rules (length, cases, digit).</summary>
    public static string ReadOrCreatePassword(string stateDirectory)
    {
        Directory.CreateDirectory(stateDirectory);
        return StateFiles.ReadOrCreate(Path.Combine(stateDirectory, FileName), () => $"Staff-{RandomNumberGenerator.GetHexString(20, lowercase: true)}-A1");
    }
}
