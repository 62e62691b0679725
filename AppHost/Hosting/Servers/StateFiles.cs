using System.Runtime.Versioning;
using System.Security.Cryptography;

namespace Consortium.Hosting.Servers;

/// <summary>
/// Small secrets and identities kept in a server's data folder, so a durable folder reused by the
/// next run still matches them (the password set at initdb, the RabbitMQ node name).
/// </summary>
[SupportedOSPlatform("linux")]
public static class StateFiles
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Returns the file's content, writing <paramref name="create"/>'s value first if the file is new.</summary>
    public static string ReadOrCreate(string path, Func<string> create)
    {
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }

        var value = create();
        WriteOwnerOnly(path, value);
        return value;
    }

    /// <summary>Writes a file only its owner may read (passwords, the Erlang cookie).</summary>
    public static void WriteOwnerOnly(string path, string content)
    {
        using var stream = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.Create,
            Access = FileAccess.Write,
            UnixCreateMode = OwnerOnly,
        });
        using var writer = new StreamWriter(stream);
        writer.Write(content);
    }

    /// <summary>Hex only: safe unquoted in connection strings, URIs and config files.</summary>
    public static string NewPassword() => RandomNumberGenerator.GetHexString(32, lowercase: true);
}
