using Consortium.Contracts.Districts.V1;
using Consortium.Contracts.Events.Districts.V1;
using Consortium.ServiceDefaults.Grpc;
using Consortium.Testing.Services;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Consortium.Districts.Tests.Api;

public sealed class ContextProfileTests(DistrictsServiceFixture fixture) : IClassFixture<DistrictsServiceFixture>
{
    private static UpsertContextProfileRequest Profile(string districtId, string schoolYear, int enrollment = 8_450) => new()
    {
        DistrictId = districtId,
        SchoolYear = schoolYear,
        Enrollment = enrollment,
        SchoolCount = 14,
        PctEconomicallyDisadvantaged = 38.5m.ToProto(),
        PctEnglishLearners = 12.25m.ToProto(),
        PctStudentsWithDisabilities = 14m.ToProto(),
        TeacherFte = 512.5m.ToProto(),
        CultureConstructs =
        {
            new CultureConstruct { Code = "collective-responsibility", Label = "Collective responsibility", Score = 61m.ToProto(), Respondents = 212 },
        },
        DataSource = "NCES CCD 2024-25",
    };

    [Fact]
    public async Task A_lead_upserts_its_profile_and_the_full_profile_is_published()
    {
        var district = await fixture.CreateAsync();
        var lead = fixture.LeadOf(district.DistrictId);

        var created = await lead.UpsertContextProfileAsync(Profile(district.DistrictId, "2025-26"));
        var updated = await lead.UpsertContextProfileAsync(Profile(district.DistrictId, "2025-26", enrollment: 8_600));
        var fetched = await lead.GetContextProfileAsync(new GetContextProfileRequest { DistrictId = district.DistrictId, SchoolYear = "2025-26" });

        Assert.Equal(1, created.Version);
        Assert.Equal(updated, fetched);
        Assert.Equal(8_600, fetched.Enrollment);
        Assert.Equal("12.25", fetched.PctEnglishLearners.Value);
        Assert.Equal("Medium (2,500–9,999)", fetched.SizeBand);
        await fixture.Events.WaitUntilAsync(
            events => events.Received<DistrictProfileUpdated>().Any(e => e.DistrictId.ToString() == district.DistrictId && e.ProfileVersion == 2),
            TimeSpan.FromSeconds(20), "the second DistrictProfileUpdated");
        var published = fixture.Events.Received<DistrictProfileUpdated>().Single(e => e.DistrictId.ToString() == district.DistrictId && e.ProfileVersion == 2);
        Assert.Equal(8_600, published.Enrollment);
        Assert.Equal(12.25m, published.PctEnglishLearners);
        Assert.Equal("collective-responsibility", Assert.Single(published.CultureConstructs).Code);
    }

    [Fact]
    public async Task Profiles_list_newest_school_year_first_one_page_at_a_time()
    {
        var district = await fixture.CreateAsync();
        foreach (var year in new[] { "2023-24", "2025-26", "2024-25" })
        {
            await fixture.Staff().UpsertContextProfileAsync(Profile(district.DistrictId, year));
        }

        var years = new List<string>();
        var request = new ListContextProfilesRequest { DistrictId = district.DistrictId, PageSize = 2 };
        do
        {
            var page = await fixture.Staff().ListContextProfilesAsync(request);
            years.AddRange(page.Profiles.Select(profile => profile.SchoolYear));
            request.PageToken = page.NextPageToken;
        }
        while (!string.IsNullOrEmpty(request.PageToken));

        Assert.Equal(["2025-26", "2024-25", "2023-24"], years);
    }

    [Fact]
    public async Task Invalid_profile_values_are_reported_per_field_and_nothing_is_stored()
    {
        var district = await fixture.CreateAsync();
        var request = Profile(district.DistrictId, "2025/26");
        request.PctEnglishLearners = 100.5m.ToProto();
        request.PctEconomicallyDisadvantaged = new Google.Type.Decimal { Value = "lots" };
        request.CultureConstructs[0].Respondents = -3;

        await RpcAssert.InvalidFields(
            async () => await fixture.Staff().UpsertContextProfileAsync(request),
            "school_year", "pct_english_learners", "pct_economically_disadvantaged", "culture_constructs[0].respondents");

        Assert.Equal(0, await fixture.QueryAsync(db => db.ContextProfiles.CountAsync(p => p.DistrictId == Guid.Parse(district.DistrictId))));
    }

    [Fact]
    public async Task A_profile_of_an_unknown_district_is_not_found()
    {
        await RpcAssert.FailsWith(Grpc.Core.StatusCode.NotFound, async () =>
            await fixture.Staff().UpsertContextProfileAsync(Profile(Guid.CreateVersion7().ToString(), "2025-26")));
    }

}
