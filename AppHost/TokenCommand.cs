using System.Runtime.Versioning;
using Consortium.Contracts.Security;
using Consortium.Hosting.Security;

namespace Consortium.AppHost;

/// <summary>
/// <c>token --role ROLE [--district ID] [--subject NAME] [--identity URL]</c>: asks the running
/// platform's identity service for a bearer token (its development client, whose secret the state
/// folder keeps; ADR 23) and prints it. The identity service checks the role and district and
/// honours the client in Development only; the services trust no other tokens.
/// </summary>
[SupportedOSPlatform("linux")]
internal static class TokenCommand
{
    public static bool IsRequested(string[] args) => args is ["token", ..];

    public static async Task<int> RunAsync(string[] args, string stateDirectory)
    {
        var role = Option(args, "--role") ?? Roles.ConsortiumStaff;
        Guid? districtId = null;
        if (Option(args, "--district") is { } district)
        {
            if (!Guid.TryParse(district, out var id))
            {
                Console.Error.WriteLine($"'{district}' is not a district id (a UUID).");
                return 2;
            }

            districtId = id;
        }

        var identity = DevelopmentTokenClient.LocalIdentityAddress;
        if (Option(args, "--identity") is { } address && !Uri.TryCreate(address.EndsWith('/') ? address : address + "/", UriKind.Absolute, out identity))
        {
            Console.Error.WriteLine($"'{address}' is not the identity service's address (e.g. {DevelopmentTokenClient.LocalIdentityAddress}).");
            return 2;
        }

        var secretFile = Path.Combine(stateDirectory, DemoPeople.ClientSecretFileName);
        if (!File.Exists(secretFile))
        {
            Console.Error.WriteLine($"No development client secret in {stateDirectory}: start the platform first (scripts/start.sh).");
            return 2;
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var client = new DevelopmentTokenClient(http, identity!, DemoPeople.ReadOrCreateClientSecret(stateDirectory));
        var subject = Option(args, "--subject") ?? $"{role}@consortium.example";
        try
        {
            Console.WriteLine(await client.RequestAsync(subject, role, districtId));
            return 0;
        }
        catch (Exception exception) when (exception is DevelopmentTokenException or HttpRequestException or TaskCanceledException)
        {
            Console.Error.WriteLine(exception.Message);
            return 1;
        }
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
