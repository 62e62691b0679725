using Bunit;
using Bunit.TestDoubles;
using Consortium.Contracts.Insights.V1;
using Consortium.Contracts.Security;
using Consortium.Contracts.Topics.V1;
using Consortium.Web.Components.Pages;
using Consortium.Web.Services;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using InsightsMeasure = Consortium.Contracts.Insights.V1.MeasureType;
using TopicsMeasure = Consortium.Contracts.Topics.V1.MeasureType;

namespace Consortium.Web.Tests;

public sealed class TrendPageTests : BunitContext
{
    private const string DistrictId = "6f1c0a52-0000-4000-8000-000000000001";
    private const string TopicId = "0192f000-0000-7000-8000-0000000000a1";
    private readonly FakeInsights _insights = new();
    private readonly BunitAuthorizationContext _auth;

    public TrendPageTests()
    {
        this.AddPageDefaults();
        Services.AddSingleton<TopicsService.TopicsServiceClient>(new FakeTopics());
        Services.AddSingleton<InsightsService.InsightsServiceClient>(_insights);
        _auth = AddAuthorization();
        _auth.SetAuthorized("leader").SetRoles(Roles.Leader).SetClaims(new System.Security.Claims.Claim(ClaimNames.DistrictId, DistrictId));
    }

    [Fact]
    public async Task The_trend_asks_for_the_own_district_and_shows_each_cycle_beside_the_median_or_why_not()
    {
        var page = Render<MyTrend>();

        await Selects.Choose(page, "trend-topic", TopicId);
        await Selects.Choose(page, "trend-target", "SV-STAGE");

        Assert.Equal((DistrictId, TopicId, "SV-STAGE"), (_insights.LastRequest!.DistrictId, _insights.LastRequest.TopicId, _insights.LastRequest.TargetCode));
        var rows = page.FindAll("[data-testid=trend-rows] tbody tr").Select(row => row.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("Level 2 (Installation)", rows[0], StringComparison.Ordinal);
        Assert.Contains("Not shown: Fewer than 5 districts have an accepted value.", rows[0], StringComparison.Ordinal);
        Assert.Contains("Level 3 (Initial implementation)", rows[1], StringComparison.Ordinal);
        Assert.Contains("Level 2 (Installation)", rows[1], StringComparison.Ordinal);
        Assert.Equal(2, page.FindAll("circle[data-series=own]").Count);
        Assert.Single(page.FindAll("circle[data-series=median]"));
        Assert.False(DistrictSearch.Has(page));
    }

    [Fact]
    public async Task Staff_choose_the_district_whose_trend_they_see()
    {
        _auth.SetRoles(Roles.ConsortiumStaff).SetClaims();
        var page = Render<MyTrend>();

        await Selects.Choose(page, "trend-topic", TopicId);
        await Selects.Choose(page, "trend-target", "SV-STAGE");
        Assert.Null(_insights.LastRequest);
        await DistrictSearch.Choose(page, "lake");

        Assert.Equal((FakeDistrictList.Lakeside, "SV-STAGE"), (_insights.LastRequest!.DistrictId, _insights.LastRequest.TargetCode));
        Assert.Equal(2, page.FindAll("[data-testid=trend-rows] tbody tr").Count);
        Assert.Contains("The district", page.Find("[data-testid=trend-rows] thead").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_down_insights_service_is_a_sentence_on_the_trend_and_the_choices_stay()
    {
        _insights.Down = true;
        var page = Render<MyTrend>();

        await Selects.Choose(page, "trend-topic", TopicId);
        await Selects.Choose(page, "trend-target", "SV-STAGE");

        Assert.Contains("The Insights service is not answering right now", page.Markup, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=trend]"));
        Assert.Equal(2, page.FindComponents<MudSelect<string>>().Count);
    }

    [Fact]
    public void Yes_no_answers_read_as_yes_or_no_beside_the_share_that_said_yes()
    {
        var response = new GetTrendResponse { MeasureType = InsightsMeasure.YesNo };
        response.Points.Add(Point("Spring 2026", "1", new GroupMedian { DistrictCount = 8, Median = Dec("63") }));
        response.Points.Add(Point("Autumn 2026", null, new GroupMedian { DistrictCount = 9, Median = Dec("70") }));

        var view = TrendView.From(response);

        Assert.Equal("Yes", view.FormatOwn(view.Rows[0].Own));
        Assert.Equal("63% said yes", view.FormatMedian(view.Rows[0]));
        Assert.Equal(100m, view.Plotted(view.Rows[0].Own, isOwn: true));
        Assert.Equal("No accepted value", view.FormatOwn(view.Rows[1].Own));
    }

    [Fact]
    public void Percentages_and_units_are_written_with_the_value()
    {
        var percentage = TrendView.From(new GetTrendResponse { MeasureType = InsightsMeasure.Percentage });
        var ratio = TrendView.From(new GetTrendResponse { MeasureType = InsightsMeasure.Ratio, Unit = "students per counselor" });

        Assert.Equal("45.5%", percentage.FormatOwn(45.50m));
        Assert.Equal("250 students per counselor", ratio.FormatOwn(250m));
    }

    [Fact]
    public void Leaders_are_offered_their_trend_and_staff_a_district_s_trend()
    {
        var leader = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new(ClaimNames.Role, Roles.Leader), new(ClaimNames.DistrictId, DistrictId)], "test", ClaimNames.Name, ClaimNames.Role));
        var staff = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new(ClaimNames.Role, Roles.ConsortiumStaff)], "test", ClaimNames.Name, ClaimNames.Role));

        Assert.Contains(Navigation.For(leader), item => item.Href == "/my-trend" && item.Title == "My trend across cycles");
        Assert.Contains(Navigation.For(staff), item => item.Href == "/my-trend" && item.Title == "A district's trend");
    }

    private static TrendPoint Point(string cycle, string? own, GroupMedian median)
    {
        var point = new TrendPoint { CycleName = cycle, SchoolYear = "2025-26", Half = 2, Consortium = median };
        if (own is not null)
        {
            point.Value = Dec(own);
        }

        return point;
    }

    private static Google.Type.Decimal Dec(string value) => new() { Value = value };

    private sealed class FakeTopics : TopicsService.TopicsServiceClient
    {
        public override AsyncUnaryCall<ListTopicsResponse> ListTopicsAsync(ListTopicsRequest request, CallOptions options)
        {
            var definition = new TargetDefinition { Code = "SV-STAGE", Name = "Implementation stage", MeasureType = TopicsMeasure.Rubric };
            foreach (var level in new[] { "Exploration", "Installation", "Initial implementation", "Full implementation" })
            {
                definition.RubricLevels.Add(new RubricLevel { Rank = definition.RubricLevels.Count + 1, Label = level });
            }

            var topic = new Topic { TopicId = TopicId, Title = "Student voice in course design", Status = TopicStatus.Published };
            topic.Targets.Add(new Target { TargetId = "t-1", Definition = definition });
            return FakeCalls.Answer(new ListTopicsResponse { Topics = { topic } });
        }
    }

    private sealed class FakeInsights : InsightsService.InsightsServiceClient
    {
        public bool Down { get; set; }

        public GetTrendRequest? LastRequest { get; private set; }

        public override AsyncUnaryCall<GetTrendResponse> GetTrendAsync(GetTrendRequest request, CallOptions options)
        {
            LastRequest = request;
            if (Down)
            {
                return FakeCalls.Fail<GetTrendResponse>(FakeCalls.Unavailable());
            }

            var response = new GetTrendResponse { TargetCode = request.TargetCode, MeasureType = InsightsMeasure.Rubric };
            response.Points.Add(Point("Spring 2026", "2", new GroupMedian
            {
                DistrictCount = 3,
                Suppression = new Suppression { Reason = SuppressionReason.TooFewDistricts, Explanation = "Fewer than 5 districts have an accepted value." },
            }));
            response.Points.Add(Point("Autumn 2026", "3", new GroupMedian { DistrictCount = 7, Median = Dec("2") }));
            return FakeCalls.Answer(response);
        }
    }
}
