using Consortium.Contracts.Districts.V1;
using Consortium.DemoLoader.Model;
using Microsoft.Extensions.Logging;

namespace Consortium.DemoLoader.Loading;

/// <summary>Creates the member districts and their context profiles, as consortium staff.</summary>
internal sealed partial class DistrictsStep(DistrictsService.DistrictsServiceClient districts, DemoCallers callers, ILogger<DistrictsStep> logger)
{
    public async Task<LoadedDistricts> LoadAsync(DistrictsFile data, CancellationToken cancellationToken)
    {
        using var span = Hosting.LoaderTelemetry.Step("districts");
        var staff = await callers.LoaderAsync(cancellationToken);
        var loaded = new List<LoadedDistrict>();
        foreach (var demo in data.Districts)
        {
            var created = await districts.CreateDistrictAsync(NewDistrict(demo), staff, cancellationToken: cancellationToken);
            var district = new LoadedDistrict(demo, created.DistrictId);
            foreach (var profile in demo.Profiles)
            {
                await districts.UpsertContextProfileAsync(Profile(district, profile), staff, cancellationToken: cancellationToken);
            }

            loaded.Add(district);
        }

        LogLoaded(loaded.Count, data.Districts.Sum(d => d.Profiles.Count), string.Join(", ", data.Districts.SelectMany(d => d.Profiles).Select(p => p.SchoolYear).Distinct()));
        return new LoadedDistricts(loaded);
    }

    private static CreateDistrictRequest NewDistrict(DemoDistrict demo)
    {
        var request = new CreateDistrictRequest
        {
            RequestId = $"demo-{demo.NcesLeaId}-create",
            Name = demo.Name,
            NcesLeaId = demo.NcesLeaId,
            State = demo.State,
            LocaleCode = demo.LocaleCode,
            JoinedOn = ProtoValues.Date(demo.JoinedOn),
            SharingPreference = demo.SharingPreference,
        };
        request.Contacts.AddRange(demo.Contacts.Select(contact => new BenchmarkContact { Name = contact.Name, Email = contact.Email, Role = contact.Role, IsPrimary = contact.IsPrimary }));
        return request;
    }

    private static UpsertContextProfileRequest Profile(LoadedDistrict district, DemoProfile profile)
    {
        var request = new UpsertContextProfileRequest
        {
            RequestId = district.RequestId($"profile-{profile.SchoolYear}"),
            DistrictId = district.Id,
            SchoolYear = profile.SchoolYear,
            Enrollment = profile.Enrollment,
            SchoolCount = profile.SchoolCount,
            PctEconomicallyDisadvantaged = ProtoValues.Decimal(profile.PctEconomicallyDisadvantaged),
            PctEnglishLearners = ProtoValues.Decimal(profile.PctEnglishLearners),
            PctStudentsWithDisabilities = ProtoValues.Decimal(profile.PctStudentsWithDisabilities),
            TeacherFte = ProtoValues.Decimal(profile.TeacherFte),
            DataSource = profile.DataSource,
        };
        request.CultureConstructs.AddRange(profile.CultureConstructs.Select(construct => new CultureConstruct
        {
            Code = construct.Code,
            Label = construct.Label,
            Score = ProtoValues.Decimal(construct.Score),
            Respondents = construct.Respondents,
            ResponseRate = ProtoValues.Decimal(construct.ResponseRate),
        }));
        return request;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Districts: {DistrictCount} member districts with {ProfileCount} context profiles ({SchoolYears})")]
    private partial void LogLoaded(int districtCount, int profileCount, string schoolYears);
}
