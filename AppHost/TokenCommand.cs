using Consortium.Hosting.Security;
using Consortium.Hosting;
using Consortium.AppHost.Orchestration;
using Consortium.Contracts.Security;

namespace Consortium.AppHost;

/// <summary>
/// <c>token --role ROLE [--district ID] [--subject NAME]</c>: prints a bearer token signed with the
/// state folder's key, so anyone can call the running platform as any role.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
internal static class TokenCommand
{
    private static readonly string[] KnownRoles = [Roles.ConsortiumStaff, Roles.DistrictLead, Roles.Leader, Roles.Admin];

    public static int Run(AppHostOptions options, CommandLine arguments)
    {
        var role = arguments.Value("--role") ?? Roles.ConsortiumStaff;
        if (!KnownRoles.Contains(role))
        {
            Console.Error.WriteLine($"Unknown role '{role}'. Use one of: {string.Join(", ", KnownRoles)}.");
            return 2;
        }

        Guid? districtId = null;
        if (arguments.Value("--district") is { } district)
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

        var tokens = SigningKeyStore.LoadOrCreate(options.SigningKeyFile);
        var subject = arguments.Value("--subject") ?? $"{role}@consortium.example";
        Console.WriteLine(tokens.Issue(subject, role, districtId));
        return 0;
    }
}
