using Bunit;
using Consortium.Contracts.Districts.V1;
using Consortium.Contracts.Identity.V1;
using Consortium.Web.Components.Pages;
using Consortium.Web.Hosting;
using Consortium.Web.Services;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace Consortium.Web.Tests;

public sealed class PeoplePageTests : BunitContext
{
    private readonly FakeIdentity _identity = new();

    public PeoplePageTests()
    {
        this.AddMudDefaults();
        Services.AddSingleton<IdentityService.IdentityServiceClient>(_identity);
        Services.AddSingleton<DistrictsService.DistrictsServiceClient>(new FakeDistricts());
        Services.AddSingleton(Options.Create(new SignInOptions { Authority = "http://localhost:5160" }));
        _identity.People.Add(new Person { PersonId = "p-1", Email = "lead@lakeside.org", Role = Role.DistrictLead, DistrictId = FakeDistricts.Lakeside, Enabled = true, HasPassword = true, CreatedAt = Timestamp.FromDateTime(new DateTime(2026, 9, 1, 8, 0, 0, DateTimeKind.Utc)) });
    }

    [Fact]
    public void People_are_listed_with_their_districts_name_and_state()
    {
        var page = Render<People>();

        var row = page.Find("[data-testid=people] tbody tr");
        Assert.Contains("lead@lakeside.org", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Lakeside SD", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Active", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invitation_shows_its_one_time_code_and_where_to_use_it()
    {
        var page = Render<People>();

        page.Find("input[type=email]").Change("  new@lakeside.org ");
        page.Find("[data-testid=invite]").Click();

        Assert.Equal("new@lakeside.org", _identity.LastInvitation!.Email);
        var code = page.Find("[data-testid=one-time-code]");
        Assert.Contains("ABCD-1234", code.TextContent, StringComparison.Ordinal);
        Assert.Contains("http://localhost:5160/account/set-password", code.TextContent, StringComparison.Ordinal);
        Assert.Equal("", page.Find("input[type=email]").GetAttribute("value") ?? "");
    }

    [Fact]
    public void A_refused_invitation_names_the_field_and_keeps_what_was_typed()
    {
        _identity.InviteFailure = FakeCalls.FieldViolation("email", "must be an e-mail address, e.g. name@district.org");
        var page = Render<People>();

        page.Find("input[type=email]").Change("not-an-address");
        page.Find("[data-testid=invite]").Click();

        Assert.Contains("must be an e-mail address", page.Markup, StringComparison.Ordinal);
        Assert.Equal("not-an-address", page.Find("input[type=email]").GetAttribute("value"));
        Assert.Empty(page.FindAll("[data-testid=one-time-code]"));
    }

    [Fact]
    public void A_down_identity_service_is_a_sentence_on_its_part_and_the_invite_form_stays()
    {
        _identity.Down = true;

        var page = Render<People>();

        Assert.Contains("The Identity service is not answering right now", page.Markup, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=people]"));
        Assert.Single(page.FindAll("[data-testid=invite]"));
    }

    [Fact]
    public void Resetting_a_password_asks_first_then_shows_the_new_code()
    {
        var page = Render<People>();

        page.FindAll("button").Single(b => b.TextContent.Contains("Reset password", StringComparison.Ordinal)).Click();
        Assert.Null(_identity.LastReset);
        page.FindAll("button").Single(b => b.TextContent.Contains("Confirm reset", StringComparison.Ordinal)).Click();

        Assert.Equal("p-1", _identity.LastReset);
        Assert.Contains("ABCD-1234", page.Find("[data-testid=one-time-code]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_tokens_go_forward_and_back_through_the_services_pages()
    {
        var pages = new PageTokens();
        pages.Loaded("t2");
        pages.GoNext();
        pages.Loaded("t3");
        pages.GoNext();
        pages.Loaded("");

        Assert.Equal(("t3", 3, false), (pages.Current, pages.PageNumber, pages.HasNext));
        pages.GoPrevious();
        Assert.Equal(("t2", 2, true), (pages.Current, pages.PageNumber, pages.HasPrevious));
        pages.Reset();
        Assert.Equal(("", 1, false), (pages.Current, pages.PageNumber, pages.HasPrevious));
    }

    private sealed class FakeIdentity : IdentityService.IdentityServiceClient
    {
        public List<Person> People { get; } = [];

        public bool Down { get; set; }

        public RpcException? InviteFailure { get; set; }

        public InvitePersonRequest? LastInvitation { get; private set; }

        public string? LastReset { get; private set; }

        public override AsyncUnaryCall<ListPeopleResponse> ListPeopleAsync(ListPeopleRequest request, CallOptions options) =>
            Down ? FakeCalls.Fail<ListPeopleResponse>(FakeCalls.Unavailable()) : FakeCalls.Answer(new ListPeopleResponse { People = { People } });

        public override AsyncUnaryCall<ListAuditEntriesResponse> ListAuditEntriesAsync(ListAuditEntriesRequest request, CallOptions options) =>
            Down ? FakeCalls.Fail<ListAuditEntriesResponse>(FakeCalls.Unavailable()) : FakeCalls.Answer(new ListAuditEntriesResponse());

        public override AsyncUnaryCall<InvitationResponse> InvitePersonAsync(InvitePersonRequest request, CallOptions options)
        {
            LastInvitation = request;
            return InviteFailure is not null
                ? FakeCalls.Fail<InvitationResponse>(InviteFailure)
                : FakeCalls.Answer(Code(new Person { PersonId = "p-2", Email = request.Email, Role = request.Role, Enabled = true }));
        }

        public override AsyncUnaryCall<InvitationResponse> ResetPasswordAsync(ResetPasswordRequest request, CallOptions options)
        {
            LastReset = request.PersonId;
            return FakeCalls.Answer(Code(People.Single(p => p.PersonId == request.PersonId)));
        }

        private static InvitationResponse Code(Person person) =>
            new() { Person = person, InvitationCode = "ABCD-1234", ExpiresAt = Timestamp.FromDateTime(new DateTime(2026, 12, 11, 0, 0, 0, DateTimeKind.Utc)) };
    }

    private sealed class FakeDistricts : DistrictsService.DistrictsServiceClient
    {
        public const string Lakeside = "6f1c0a52-0000-4000-8000-000000000001";

        public override AsyncUnaryCall<ListDistrictsResponse> ListDistrictsAsync(ListDistrictsRequest request, CallOptions options) =>
            FakeCalls.Answer(new ListDistrictsResponse { Districts = { new DistrictSummary { DistrictId = Lakeside, Name = "Lakeside SD" } } });
    }
}
