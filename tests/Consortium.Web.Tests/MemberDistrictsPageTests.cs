using Bunit;
using Consortium.Contracts.Districts.V1;
using Consortium.Web.Components.Pages;
using Consortium.Web.Services;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Consortium.Web.Tests;

public sealed class MemberDistrictsPageTests : BunitContext
{
    private const string LakesideId = "6f1c0a52-0000-4000-8000-000000000001";
    private readonly FakeDistricts _districts = new();

    public MemberDistrictsPageTests()
    {
        this.AddMudDefaults();
        Services.AddSingleton<DistrictsService.DistrictsServiceClient>(_districts);
    }

    [Fact]
    public void Districts_are_listed_with_their_membership()
    {
        var page = Render<MemberDistricts>();

        var row = page.Find("[data-testid=districts] tbody tr");
        Assert.Contains("Lakeside SD", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Active member", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_district_the_service_refuses_names_the_field_and_keeps_what_was_typed()
    {
        _districts.CreateFailure = FakeCalls.FieldViolation("nces_lea_id", "5304230 is in Washington (53), not Oregon (41).");
        var page = Render<MemberDistricts>();
        page.Find("[data-testid=start-add]").Click();

        page.Find("[data-testid=add-district] [data-testid=district-name]").Change("Hillsboro SD");
        page.Find("[data-testid=add-district] [data-testid=district-nces]").Change("5304230");
        page.Find("[data-testid=add-district] [data-testid=district-state]").Change("or");
        page.Find("[data-testid=add]").Click();

        Assert.Equal(("Hillsboro SD", "5304230", "OR"), (_districts.LastCreate!.Name, _districts.LastCreate.NcesLeaId, _districts.LastCreate.State));
        Assert.Equal(SharingPreference.Anonymous, _districts.LastCreate.SharingPreference);
        var form = page.Find("[data-testid=add-district]");
        Assert.Contains("not Oregon (41)", form.TextContent, StringComparison.Ordinal);
        Assert.Equal("Hillsboro SD", page.Find("[data-testid=add-district] [data-testid=district-name]").GetAttribute("value"));
    }

    [Fact]
    public void An_added_district_closes_the_form_and_opens_the_district()
    {
        var page = Render<MemberDistricts>();
        page.Find("[data-testid=start-add]").Click();
        page.Find("[data-testid=add-district] [data-testid=district-name]").Change("Hillsboro SD");

        page.Find("[data-testid=add]").Click();

        Assert.Empty(page.FindAll("[data-testid=add-district]"));
        Assert.Contains("Added Hillsboro SD", page.Find("[data-testid=district-done]").TextContent, StringComparison.Ordinal);
        Assert.Single(page.FindAll("[data-testid=edit-district]"));
    }

    [Fact]
    public void Editing_sends_only_what_changed_guarded_by_the_version()
    {
        var form = DistrictForm.From(FakeDistricts.Lakeside());
        Assert.Null(form.ToUpdateRequest());

        form.Name = " Lakeside School District ";
        form.LocaleCode = 22;
        var request = form.ToUpdateRequest()!;

        Assert.Equal("Lakeside School District", request.Name);
        Assert.Equal(22, request.LocaleCode);
        Assert.False(request.HasNcesLeaId);
        Assert.False(request.HasState);
        Assert.Equal(7, request.ExpectedVersion);
    }

    [Fact]
    public void Withdrawal_says_what_it_does_and_waits_for_confirmation()
    {
        var page = Render<MemberDistricts>();
        page.Find("button[aria-label='Edit Lakeside SD']").Click();

        page.Find("[data-testid=membership-withdraw]").Click();

        Assert.Null(_districts.LastMembership);
        var consequence = page.Find("[data-testid=membership-consequence]").TextContent;
        Assert.Contains("loses access", consequence, StringComparison.Ordinal);
        Assert.Contains("stops counting among the members in comparisons", consequence, StringComparison.Ordinal);
        page.Find("[data-testid=membership-reason]").Change("Left the region's network");
        page.Find("[data-testid=confirm-membership]").Click();

        // The field's change and the click are handled by the renderer, which a loaded machine
        // may not have finished when Click returns (seen once in CI): wait for the call.
        page.WaitForAssertion(() => Assert.NotNull(_districts.LastMembership), TimeSpan.FromSeconds(10));
        Assert.Equal(MembershipStatus.Withdrawn, _districts.LastMembership!.NewStatus);
        Assert.Equal("Left the region's network", _districts.LastMembership.Reason);
        Assert.Equal(7, _districts.LastMembership.ExpectedVersion);
        Assert.Single(page.FindAll("[data-testid=membership-rejoin]"));
    }

    [Fact]
    public void A_withdrawal_without_a_reason_shows_the_service_error_beside_the_reason()
    {
        _districts.MembershipFailure = FakeCalls.FieldViolation("reason", "Say why the district is withdrawing (up to 500 characters).");
        var page = Render<MemberDistricts>();
        page.Find("button[aria-label='Edit Lakeside SD']").Click();
        page.Find("[data-testid=membership-withdraw]").Click();

        page.Find("[data-testid=confirm-membership]").Click();

        Assert.Contains("Say why the district is withdrawing", page.Find("[data-testid=edit-district]").TextContent, StringComparison.Ordinal);
        Assert.Single(page.FindAll("[data-testid=membership-consequence]"));
    }

    [Fact]
    public void Each_membership_status_offers_only_the_changes_the_service_allows()
    {
        Assert.Equal([MembershipAction.Suspend, MembershipAction.Withdraw], MembershipText.Actions(MembershipStatus.Active));
        Assert.Equal([MembershipAction.Reinstate, MembershipAction.Withdraw], MembershipText.Actions(MembershipStatus.Suspended));
        Assert.Equal([MembershipAction.Rejoin], MembershipText.Actions(MembershipStatus.Withdrawn));
        Assert.All(Enum.GetValues<MembershipAction>(), action => Assert.NotEqual(MembershipStatus.Unspecified, MembershipText.NewStatus(action)));
    }

    [Fact]
    public void A_down_districts_service_is_a_sentence_and_the_add_button_stays()
    {
        _districts.Down = true;

        var page = Render<MemberDistricts>();

        Assert.Contains("The Districts service is not answering right now", page.Markup, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=districts]"));
        Assert.Single(page.FindAll("[data-testid=start-add]"));
    }

    private sealed class FakeDistricts : DistrictsService.DistrictsServiceClient
    {
        private District _lakeside = Lakeside();

        public bool Down { get; set; }

        public RpcException? CreateFailure { get; set; }

        public RpcException? MembershipFailure { get; set; }

        public CreateDistrictRequest? LastCreate { get; private set; }

        public ChangeMembershipRequest? LastMembership { get; private set; }

        public static District Lakeside() => new()
        {
            DistrictId = LakesideId,
            Name = "Lakeside SD",
            NcesLeaId = "5304230",
            State = "WA",
            LocaleCode = 21,
            LocaleLabel = "Suburb: Large",
            MembershipStatus = MembershipStatus.Active,
            SharingPreference = SharingPreference.Named,
            JoinedOn = new Google.Type.Date { Year = 2024, Month = 8, Day = 1 },
            Version = 7,
        };

        public override AsyncUnaryCall<ListDistrictsResponse> ListDistrictsAsync(ListDistrictsRequest request, CallOptions options) =>
            Down ? FakeCalls.Fail<ListDistrictsResponse>(FakeCalls.Unavailable())
                : FakeCalls.Answer(new ListDistrictsResponse
                {
                    Districts = { new DistrictSummary { DistrictId = LakesideId, Name = _lakeside.Name, State = "WA", LocaleLabel = "Suburb: Large", MembershipStatus = _lakeside.MembershipStatus } },
                });

        public override AsyncUnaryCall<District> GetDistrictAsync(GetDistrictRequest request, CallOptions options) => FakeCalls.Answer(_lakeside);

        public override AsyncUnaryCall<District> CreateDistrictAsync(CreateDistrictRequest request, CallOptions options)
        {
            LastCreate = request;
            return CreateFailure is not null
                ? FakeCalls.Fail<District>(CreateFailure)
                : FakeCalls.Answer(new District { DistrictId = "new", Name = request.Name, MembershipStatus = MembershipStatus.Active, Version = 1 });
        }

        public override AsyncUnaryCall<District> ChangeMembershipAsync(ChangeMembershipRequest request, CallOptions options)
        {
            LastMembership = request;
            if (MembershipFailure is not null)
            {
                return FakeCalls.Fail<District>(MembershipFailure);
            }

            _lakeside = _lakeside.Clone();
            _lakeside.MembershipStatus = request.NewStatus;
            _lakeside.Version++;
            return FakeCalls.Answer(_lakeside);
        }
    }
}
