using System.Runtime.Versioning;
using Consortium.Contracts.Security;
using Consortium.Hosting.Security;

namespace Consortium.AppHost;

/// <summary>
/// <c>token --role ROLE [--district ID] [--subject NAME]</c>: prints a bearer token signed with the
/// state folder's development key, which the running platform's services accept.
/// </summary>
[SupportedOSPlatform("linux")]
internal static class TokenCommand
{
    private static readonly string[] s_knownRoles = [Roles.ConsortiumStaff, Roles.DistrictLead, Roles.Leader, Roles.Admin];

    public static bool IsRequested(string[] args) => args is ["token", ..];

    public static int Run(string[] args, string stateDirectory)
    {
        var role = Option(args, "--role") ?? Roles.ConsortiumStaff;
        if (!s_knownRoles.Contains(role))
        {
            Console.Error.WriteLine($"Unknown role '{role}'. Use one of: {string.Join(", ", s_knownRoles)}.");
            return 2;
        }

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
        else if (role is Roles.DistrictLead or Roles.Leader)
        {
            Console.Error.WriteLine($"A {role} acts for one district: add --district <district id>.");
            return 2;
        }

        var subject = Option(args, "--subject") ?? $"{role}@consortium.example";
        Console.WriteLine(SigningKeyStore.LoadOrCreate(stateDirectory).Issue(subject, role, districtId));
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
