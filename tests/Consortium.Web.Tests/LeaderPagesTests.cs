using Bunit;
using Consortium.Contracts.Insights.V1;
using Consortium.Contracts.Security;
using Consortium.Contracts.Topics.V1;
using Consortium.Web.Components.Pages;
using Consortium.Web.Services;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Consortium.Web.Tests;

public sealed class LeaderPagesTests : BunitContext
{
    private const string DistrictId = "6f1c0a52-0000-4000-8000-000000000001";
    private readonly FakeInsights _insights = new();

    public LeaderPagesTests()
    {
        this.AddPageDefaults();
        Services.AddSingleton<InsightsService.InsightsServiceClient>(_insights);
        Services.AddSingleton<TopicsService.TopicsServiceClient>(new FakeTopics());
        AddAuthorization().SetAuthorized("leader").SetRoles(Roles.Leader).SetClaims(new System.Security.Claims.Claim(ClaimNames.DistrictId, DistrictId));
    }

    [Fact]
    public void Peers_are_listed_with_their_similarity_and_the_unnamed_ones_counted()
    {
        _insights.Group = new GetPeerGroupResponse { DistrictCount = 10, UnnamedCount = 3, Peers = { new Peer { DistrictName = "Hillview SD", Similarity = 87.4, LocaleClass = LocaleClass.Suburb, SizeBand = SizeBand.Medium, State = "WA" } } };

        var page = Render<Peers>();

        Assert.Contains("Hillview SD", page.Find("[data-testid=peers]").TextContent, StringComparison.Ordinal);
        Assert.Contains("87", page.Find("[data-testid=peers]").TextContent, StringComparison.Ordinal);
        Assert.Equal("10 peers in all; 3 of them do not share their name and are not listed.", page.Find("[data-testid=unnamed]").TextContent);
        Assert.Contains("most like yours", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Withheld_counts_and_a_withheld_median_say_why_instead_of_a_number()
    {
        _insights.Group = new GetPeerGroupResponse { CountsWithheld = true };
        var comparison = new ContextComparison
        {
            Code = "pct_english_learners",
            Label = "English learners (%)",
            Value = new Google.Type.Decimal { Value = "12" },
            AllMembers = new GroupMedian { DistrictCount = 40, Median = new Google.Type.Decimal { Value = "9.5" } },
            Peers = new GroupMedian { DistrictCount = 3, Suppression = new Suppression { Reason = SuppressionReason.TooFewDistricts, Explanation = "Fewer than 5 peers have this value." } },
        };
        _insights.Context = new CompareContextResponse { DistrictId = DistrictId, SchoolYear = "2025-26", PeerCount = 10, Comparisons = { comparison } };

        var page = Render<Peers>();

        Assert.Contains("is not shown", page.Find("[data-testid=unnamed]").TextContent, StringComparison.Ordinal);
        var row = page.Find("[data-testid=context] tbody tr").TextContent;
        Assert.Contains("Withheld: Fewer than 5 peers have this value.", row, StringComparison.Ordinal);
        Assert.Contains("9.5", row, StringComparison.Ordinal);
    }

    [Fact]
    public void A_down_insights_service_is_said_on_each_part_it_serves()
    {
        _insights.Down = true;

        var page = Render<Peers>();

        Assert.Equal(2, page.FindAll("[role=alert]").Count);
        Assert.Empty(page.FindAll("[data-testid=peers]"));
    }

    [Theory]
    [InlineData("https://lakeside.org/plan.pdf", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("data:text/html,hi", false)]
    [InlineData("not a link", false)]
    public void Only_web_addresses_become_evidence_links(string link, bool shown) =>
        Assert.Equal(shown, LearnFrom.IsWebAddress(link));

    [Fact]
    public void The_stage_names_read_as_words() =>
        Assert.Equal("Initial implementation", InsightsText.Stage(ImplementationStage.InitialImplementation));

    private sealed class FakeInsights : InsightsService.InsightsServiceClient
    {
        public bool Down { get; set; }

        public GetPeerGroupResponse Group { get; set; } = new();

        public CompareContextResponse Context { get; set; } = new();

        public override AsyncUnaryCall<GetPeerGroupResponse> GetPeerGroupAsync(GetPeerGroupRequest request, CallOptions options) =>
            Down ? FakeCalls.Fail<GetPeerGroupResponse>(FakeCalls.Unavailable()) : FakeCalls.Answer(Group);

        public override AsyncUnaryCall<CompareContextResponse> CompareContextAsync(CompareContextRequest request, CallOptions options) =>
            Down ? FakeCalls.Fail<CompareContextResponse>(FakeCalls.Unavailable()) : FakeCalls.Answer(Context);
    }

    private sealed class FakeTopics : TopicsService.TopicsServiceClient
    {
        public override AsyncUnaryCall<ListTopicsResponse> ListTopicsAsync(ListTopicsRequest request, CallOptions options) =>
            FakeCalls.Answer(new ListTopicsResponse());
    }
}
