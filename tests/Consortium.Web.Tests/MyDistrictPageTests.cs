using Bunit;
using Consortium.Contracts.Districts.V1;
using Consortium.Contracts.Security;
using Consortium.Web.Components.Pages;
using Consortium.Web.Components.Shared;
using Consortium.Web.Services;
using Grpc.Core;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Consortium.Web.Tests;

public sealed class MyDistrictPageTests : BunitContext
{
    private const string DistrictId = "6f1c0a52-0000-4000-8000-000000000001";
    private readonly FakeDistricts _districts = new();

    public MyDistrictPageTests()
    {
        this.AddPageDefaults();
        Services.AddSingleton<DistrictsService.DistrictsServiceClient>(_districts);
        AddAuthorization().SetAuthorized("lead").SetRoles(Roles.DistrictLead).SetClaims(new System.Security.Claims.Claim(ClaimNames.DistrictId, DistrictId));
    }

    [Fact]
    public void A_prerendered_form_takes_no_typing_and_says_it_is_loading()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var page = Render<DisabledUntilInteractive>(parameters => parameters.AddChildContent<MyDistrict>());

        var controls = page.FindAll("input, textarea, button");
        Assert.True(controls.Count > 10);
        Assert.All(controls, control => Assert.True(control.HasAttribute("disabled"), control.OuterHtml));
        Assert.Equal("Loading…", page.Find("[data-testid=loading-hint]").TextContent);
    }

    [Fact]
    public void The_live_form_takes_typing()
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));

        var page = Render<DisabledUntilInteractive>(parameters => parameters.AddChildContent<MyDistrict>());

        Assert.False(page.Find("[data-testid=save-profile]").HasAttribute("disabled"));
        Assert.All(page.FindAll("[data-testid=construct] input"), input => Assert.False(input.HasAttribute("disabled")));
        Assert.Empty(page.FindAll("[data-testid=loading-hint]"));
    }

    [Fact]
    public void Each_sharing_choice_says_what_others_will_and_will_not_see()
    {
        var page = Render<MyDistrict>();

        var sharing = page.Find("[data-testid=sharing]").TextContent;
        Assert.Contains("They see:", sharing, StringComparison.Ordinal);
        Assert.Contains("They don't see:", sharing, StringComparison.Ordinal);
        Assert.Contains(SharingText.OthersDoNotSee(SharingPreference.Private), sharing, StringComparison.Ordinal);
        Assert.Equal(3, page.FindAll("[data-testid=sharing] input[type=radio]").Count);
    }

    [Fact]
    public void The_newest_profile_is_shown_with_its_survey_constructs()
    {
        var page = Render<MyDistrict>();

        var form = page.Find("[data-testid=profile-form]");
        Assert.Contains("2025-26", form.InnerHtml, StringComparison.Ordinal);
        Assert.Single(page.FindAll("[data-testid=construct]"));
        Assert.Contains("Collective responsibility", form.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_the_service_refuses_shows_its_field_error_and_keeps_what_was_typed()
    {
        _districts.UpsertFailure = FakeCalls.FieldViolation("culture_constructs[0].score", "must be between 0 and 100");
        var page = Render<MyDistrict>();
        var score = page.FindAll("[data-testid=construct] input")[2];
        score.Change("140");

        page.Find("[data-testid=save-profile]").Click();

        Assert.Contains("must be between 0 and 100", page.Find("[data-testid=construct]").TextContent, StringComparison.Ordinal);
        Assert.Equal("140", page.FindAll("[data-testid=construct] input")[2].GetAttribute("value"));
        Assert.Equal("140", _districts.LastUpsert!.CultureConstructs[0].Score.Value);
    }

    [Fact]
    public void Text_where_a_number_belongs_is_named_and_nothing_is_sent()
    {
        var form = ProfileForm.From(FakeDistricts.Profile());
        form.Enrollment = "about 4000";
        form.PctEnglishLearners = "12.5%";

        var (request, problems) = form.ToRequest(DistrictId);

        Assert.Null(request);
        Assert.Equal(["enrollment"], problems!.FieldErrors.Keys);
    }

    [Fact]
    public void A_down_districts_service_is_one_sentence_and_no_form()
    {
        _districts.Down = true;

        var page = Render<MyDistrict>();

        Assert.Single(page.FindAll("[role=alert]"));
        Assert.Contains("The Districts service is not answering right now", page.Markup, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=profile-form]"));
    }

    private sealed class FakeDistricts : DistrictsService.DistrictsServiceClient
    {
        public bool Down { get; set; }

        public RpcException? UpsertFailure { get; set; }

        public UpsertContextProfileRequest? LastUpsert { get; private set; }

        public static ContextProfile Profile()
        {
            var profile = new ContextProfile
            {
                DistrictId = DistrictId,
                SchoolYear = "2025-26",
                Enrollment = 4200,
                SchoolCount = 9,
                PctEconomicallyDisadvantaged = new Google.Type.Decimal { Value = "41.5" },
                PctEnglishLearners = new Google.Type.Decimal { Value = "12" },
                PctStudentsWithDisabilities = new Google.Type.Decimal { Value = "14" },
                TeacherFte = new Google.Type.Decimal { Value = "260.5" },
                ReviewStatus = ProfileReviewStatus.Accepted,
            };
            profile.CultureConstructs.Add(new CultureConstruct { Code = "collective-responsibility", Label = "Collective responsibility", Score = new Google.Type.Decimal { Value = "61" }, Respondents = 180 });
            return profile;
        }

        public override AsyncUnaryCall<District> GetDistrictAsync(GetDistrictRequest request, CallOptions options) =>
            Down ? FakeCalls.Fail<District>(FakeCalls.Unavailable())
                : FakeCalls.Answer(new District { DistrictId = request.DistrictId, Name = "Lakeside SD", State = "WA", SharingPreference = SharingPreference.Anonymous });

        public override AsyncUnaryCall<ListContextProfilesResponse> ListContextProfilesAsync(ListContextProfilesRequest request, CallOptions options) =>
            Down ? FakeCalls.Fail<ListContextProfilesResponse>(FakeCalls.Unavailable())
                : FakeCalls.Answer(new ListContextProfilesResponse { Profiles = { Profile() } });

        public override AsyncUnaryCall<ContextProfile> UpsertContextProfileAsync(UpsertContextProfileRequest request, CallOptions options)
        {
            LastUpsert = request;
            return UpsertFailure is not null ? FakeCalls.Fail<ContextProfile>(UpsertFailure) : FakeCalls.Answer(Profile());
        }
    }
}
