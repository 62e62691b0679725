using Consortium.Contracts.Identity.V1;
using Consortium.DemoLoader.Hosting;
using Consortium.DemoLoader.Model;
using Grpc.Core;
using Grpc.Net.ClientFactory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Consortium.DemoLoader.Loading;

/// <summary>
/// The named demo people (people.json) in the identity service, through its staff API: invited
/// when missing, then given the shared demo password when they have none yet. A person who
/// exists with a password is left alone, so loading again changes nothing.
/// </summary>
internal sealed partial class PeopleStep(
    GrpcClientFactory clients,
    DemoCallers callers,
    IOptions<DemoLoaderOptions> options,
    WriteOutcomes outcomes,
    ILogger<PeopleStep> logger)
{
    /// <summary>Client names: each gRPC client needs its own (the health client is named after the service).</summary>
    public const string IdentityClientName = "identity-people";
    public const string PasswordsClientName = "identity-passwords";

    public async Task LoadAsync(PeopleFile data, LoadedDistricts districts, CancellationToken cancellationToken)
    {
        if (!options.Value.LoadsPeople)
        {
            LogSkipped();
            return;
        }

        using var span = Hosting.LoaderTelemetry.Step("people");
        var identity = clients.CreateClient<IdentityService.IdentityServiceClient>(IdentityClientName);
        var passwords = clients.CreateClient<DevelopmentPeopleService.DevelopmentPeopleServiceClient>(PasswordsClientName);
        var staff = await callers.LoaderAsync(cancellationToken);
        var existing = await ExistingAsync(identity, staff, cancellationToken);
        var wanted = data.Staff.Select(person => (person, Role.ConsortiumStaff, District: string.Empty))
            .Concat(data.Districts.SelectMany(district => new[]
            {
                (district.Lead, Role.DistrictLead, districts[district.District].Id),
                (district.Leader, Role.Leader, districts[district.District].Id),
            }));
        int invited = 0, passwordsSet = 0, total = 0;
        foreach (var (demo, role, districtId) in wanted)
        {
            total++;
            if (!existing.TryGetValue(demo.Email, out var person))
            {
                person = (await identity.InvitePersonAsync(new InvitePersonRequest { Email = demo.Email, Role = role, DistrictId = districtId }, staff, cancellationToken: cancellationToken)).Person;
                invited++;
            }

            if (!person.HasPassword)
            {
                await passwords.SetPasswordAsync(new SetPasswordRequest { PersonId = person.PersonId, Password = options.Value.PeoplePassword }, staff, cancellationToken: cancellationToken);
                passwordsSet++;
            }
        }

        outcomes.RecordChanged(invited + passwordsSet, invited + passwordsSet);
        LogLoaded(total, invited, passwordsSet);
    }

    private static async Task<Dictionary<string, Person>> ExistingAsync(IdentityService.IdentityServiceClient identity, Metadata staff, CancellationToken cancellationToken)
    {
        var people = new Dictionary<string, Person>(StringComparer.OrdinalIgnoreCase);
        var request = new ListPeopleRequest { PageSize = 200 };
        do
        {
            var page = await identity.ListPeopleAsync(request, staff, cancellationToken: cancellationToken);
            foreach (var person in page.People)
            {
                people[person.Email] = person;
            }

            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);
        return people;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo people: {Total} in people.json, {Invited} invited now, {PasswordsSet} given the demo password now")]
    private partial void LogLoaded(int total, int invited, int passwordsSet);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo people skipped: no identity service address (services__identity__grpc__0)")]
    private partial void LogSkipped();
}
