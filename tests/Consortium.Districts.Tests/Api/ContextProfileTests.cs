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
    public async Task A_leads_profile_is_published_only_once_staff_accept_it_and_then_in_full()
    {
        var district = await fixture.CreateAsync();
        var lead = fixture.LeadOf(district.DistrictId);

        var created = await lead.UpsertContextProfileAsync(Profile(district.DistrictId, "2025-26"));
        var updated = await lead.UpsertContextProfileAsync(Profile(district.DistrictId, "2025-26", enrollment: 8_600));
        var fetched = await lead.GetContextProfileAsync(new GetContextProfileRequest { DistrictId = district.DistrictId, SchoolYear = "2025-26" });
        var accepted = await fixture.Staff().AcceptContextProfileAsync(new AcceptContextProfileRequest
        {
            DistrictId = district.DistrictId,
            SchoolYear = "2025-26",
            ExpectedVersion = 2,
        });

        Assert.Equal((1, ProfileReviewStatus.AwaitingReview), (created.Version, created.ReviewStatus));
        Assert.Equal(updated, fetched);
        Assert.Equal(8_600, fetched.Enrollment);
        Assert.Equal("12.25", fetched.PctEnglishLearners.Value);
        Assert.Equal("Medium (2,500–9,999)", fetched.SizeBand);
        Assert.Equal((3, ProfileReviewStatus.Accepted), (accepted.Version, accepted.ReviewStatus));
        await fixture.Events.WaitUntilAsync(
            events => events.Received<DistrictProfileUpdated>().Any(e => e.DistrictId.ToString() == district.DistrictId && e.ProfileVersion == 3),
            TimeSpan.FromSeconds(20), "the accepted DistrictProfileUpdated");
        var published = fixture.Events.Received<DistrictProfileUpdated>().Where(e => e.DistrictId.ToString() == district.DistrictId).ToList();
        var only = Assert.Single(published); // nothing left the service before review
        Assert.Equal(8_600, only.Enrollment);
        Assert.Equal(12.25m, only.PctEnglishLearners);
        Assert.Equal("collective-responsibility", Assert.Single(only.CultureConstructs).Code);
    }

    [Fact]
    public async Task A_returned_profile_publishes_nothing_shows_the_comments_to_the_lead_and_awaits_review_again_once_corrected()
    {
        var district = await fixture.CreateAsync();
        var lead = fixture.LeadOf(district.DistrictId);
        await fixture.Staff().UpsertContextProfileAsync(Profile(district.DistrictId, "2025-26"));
        await lead.UpsertContextProfileAsync(Profile(district.DistrictId, "2025-26", enrollment: 1_900_000));

        var returned = await fixture.Staff().ReturnContextProfileAsync(new ReturnContextProfileRequest
        {
            DistrictId = district.DistrictId,
            SchoolYear = "2025-26",
            ReviewerComments = "Enrollment looks like the state's total.",
        });
        var seenByLead = await lead.GetContextProfileAsync(new GetContextProfileRequest { DistrictId = district.DistrictId, SchoolYear = "2025-26" });
        var corrected = await lead.UpsertContextProfileAsync(Profile(district.DistrictId, "2025-26", enrollment: 8_700));

        Assert.Equal(ProfileReviewStatus.Returned, returned.ReviewStatus);
        Assert.Equal(("Enrollment looks like the state's total.", ProfileReviewStatus.Returned), (seenByLead.ReviewerComments, seenByLead.ReviewStatus));
        Assert.Equal((ProfileReviewStatus.AwaitingReview, string.Empty), (corrected.ReviewStatus, corrected.ReviewerComments));
        await fixture.Events.WaitUntilAsync(
            events => events.Received<DistrictProfileUpdated>().Any(e => e.DistrictId.ToString() == district.DistrictId),
            TimeSpan.FromSeconds(20), "the staff-written DistrictProfileUpdated");
        Assert.All(
            fixture.Events.Received<DistrictProfileUpdated>().Where(e => e.DistrictId.ToString() == district.DistrictId),
            e => Assert.Equal(8_450, e.Enrollment)); // only the staff-written (accepted) values ever left
    }

    [Fact]
    public async Task Only_staff_review_profiles_and_bad_review_requests_change_nothing()
    {
        var district = await fixture.CreateAsync();
        var lead = fixture.LeadOf(district.DistrictId);
        await lead.UpsertContextProfileAsync(Profile(district.DistrictId, "2025-26"));
        var accept = new AcceptContextProfileRequest { DistrictId = district.DistrictId, SchoolYear = "2025-26" };

        await RpcAssert.FailsWith(Grpc.Core.StatusCode.PermissionDenied, async () => await lead.AcceptContextProfileAsync(accept));
        await RpcAssert.FailsWith(Grpc.Core.StatusCode.PermissionDenied, async () =>
            await lead.ListProfilesAwaitingReviewAsync(new ListProfilesAwaitingReviewRequest()));
        await RpcAssert.InvalidFields(
            async () => await fixture.Staff().ReturnContextProfileAsync(new ReturnContextProfileRequest { DistrictId = district.DistrictId, SchoolYear = "2025-26" }),
            "reviewer_comments");
        await RpcAssert.InvalidFields(
            async () => await fixture.Staff().AcceptContextProfileAsync(new AcceptContextProfileRequest { DistrictId = "nope", SchoolYear = "2025/26" }),
            "district_id", "school_year");
        await RpcAssert.FailsWith(Grpc.Core.StatusCode.Aborted, async () =>
            await fixture.Staff().AcceptContextProfileAsync(new AcceptContextProfileRequest { DistrictId = district.DistrictId, SchoolYear = "2025-26", ExpectedVersion = 7 }));
        await RpcAssert.FailsWith(Grpc.Core.StatusCode.NotFound, async () =>
            await fixture.Staff().AcceptContextProfileAsync(new AcceptContextProfileRequest { DistrictId = district.DistrictId, SchoolYear = "2019-20" }));

        var profile = await lead.GetContextProfileAsync(new GetContextProfileRequest { DistrictId = district.DistrictId, SchoolYear = "2025-26" });
        Assert.Equal((1, ProfileReviewStatus.AwaitingReview), (profile.Version, profile.ReviewStatus));

        await fixture.Staff().AcceptContextProfileAsync(accept);
        await RpcAssert.RuleViolated(async () => await fixture.Staff().AcceptContextProfileAsync(accept), "PROFILE_NOT_AWAITING_REVIEW");
    }

    [Fact]
    public async Task Staff_list_the_profiles_awaiting_review_longest_waiting_first_one_page_at_a_time()
    {
        var districts = new List<District>();
        for (var i = 0; i < 3; i++)
        {
            var district = await fixture.CreateAsync();
            districts.Add(district);
            await fixture.LeadOf(district.DistrictId).UpsertContextProfileAsync(Profile(district.DistrictId, "2025-26"));
        }

        await fixture.Staff().AcceptContextProfileAsync(new AcceptContextProfileRequest { DistrictId = districts[1].DistrictId, SchoolYear = "2025-26" });

        var waiting = new List<string>();
        var request = new ListProfilesAwaitingReviewRequest { PageSize = 1 };
        do
        {
            var page = await fixture.Staff().ListProfilesAwaitingReviewAsync(request);
            waiting.AddRange(page.Profiles.Select(p => p.DistrictId));
            request.PageToken = page.NextPageToken;
        }
        while (!string.IsNullOrEmpty(request.PageToken));

        // Other tests' profiles may wait too; ours keep their order and the accepted one is gone.
        Assert.Equal([districts[0].DistrictId, districts[2].DistrictId], waiting.Where(id => districts.Any(d => d.DistrictId == id)));
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
