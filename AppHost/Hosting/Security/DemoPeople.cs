using System.Runtime.Versioning;
using System.Security.Cryptography;
using Consortium.Hosting.Servers;

namespace Consortium.Hosting.Security;

/// <summary>
/// The local platform's demo people (AppHost/DemoLoader/Data/people.json: staff, and a lead and a
/// leader per demo district) share one password, made once and kept in the state folder like the
/// first staff password, so the start command can print it. The demo loader reaches the identity
/// service as its development client, whose secret is kept beside it. Development only: the
/// identity service honours neither outside Development.
/// </summary>
[SupportedOSPlatform("linux")]
public static class DemoPeople
{
    /// <summary>The password file's name in the state folder.</summary>
    public const string PasswordFileName = "demo-people-password";

    /// <summary>The development client's secret file's name in the state folder.</summary>
    public const string ClientSecretFileName = "development-client-secret";

    /// <summary>The e-mail addresses follow one pattern (people.json lists each).</summary>
    public const string StaffEmail = "staff@demo.consortium.example";

    /// <summary>The shared password, made on first use; it meets the identity service's rules (length, cases, digit).</summary>
    public static string ReadOrCreatePassword(string stateDirectory)
    {
        Directory.CreateDirectory(stateDirectory);
        return StateFiles.ReadOrCreate(Path.Combine(stateDirectory, PasswordFileName), () => $"Demo-{RandomNumberGenerator.GetHexString(12, lowercase: true)}-A1");
    }

    /// <summary>The development client's secret, made on first use.</summary>
    public static string ReadOrCreateClientSecret(string stateDirectory)
    {
        Directory.CreateDirectory(stateDirectory);
        return StateFiles.ReadOrCreate(Path.Combine(stateDirectory, ClientSecretFileName), () => RandomNumberGenerator.GetHexString(48, lowercase: true));
    }
}
