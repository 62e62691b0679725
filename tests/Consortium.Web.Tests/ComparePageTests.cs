using Bunit;
using Consortium.Contracts.Insights.V1;
using Consortium.Contracts.Security;
using Consortium.Contracts.Topics.V1;
using Consortium.Web.Components.Pages;
using Consortium.Web.Services;
using Grpc.Core;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Consortium.Web.Tests;

public sealed class ComparePageTests : BunitContext
{
    private const string Spring = "0192f000-0000-7000-8000-000000000001";
    private const string Autumn = "0192f000-0000-7000-8000-000000000002";
    private readonly FakeTopics _topics = new();
    private readonly FakeInsights _insights = new();

    public ComparePageTests()
    {
        this.AddMudDefaults();
        Services.AddSingleton<TopicsService.TopicsServiceClient>(_topics);
        Services.AddSingleton<InsightsService.InsightsServiceClient>(_insights);
        AddAuthorization().SetAuthorized("leader").SetRoles(Roles.Leader);
    }

    [Fact]
    public void A_title_in_several_cycles_is_named_with_its_cycle_and_the_newest_cycle_comes_first()
    {
        var page = Render<Compare>();

        var labels = TopicItems(page).Select(Text).ToList();
        Assert.Equal(["Student voice (Autumn 2026)", "Attendance", "Student voice (Spring 2026)"], labels);
        Assert.Equal(1, _topics.CycleCalls);
    }

    [Fact]
    public void Topics_of_one_cycle_read_as_their_titles_and_the_cycles_are_not_asked_for()
    {
        _topics.Topics = [Topic("a", Spring, "Student voice"), Topic("b", Spring, "Attendance")];

        var page = Render<Compare>();

        Assert.Equal(["Attendance", "Student voice"], TopicItems(page).Select(Text));
        Assert.Equal(0, _topics.CycleCalls);
    }

    [Fact]
    public void A_topic_of_a_cycle_not_listed_comes_last_and_a_title_of_one_cycle_is_never_named()
    {
        var choices = TopicChoices.From(
            [Topic("old", "unlisted-cycle", "Student voice"), Topic("new", Autumn, "Student voice"), Topic("one", Spring, "Attendance")],
            [new Cycle { CycleId = Autumn, Name = "Autumn 2026" }, new Cycle { CycleId = Spring, Name = "Spring 2026" }]);

        Assert.Equal(["Student voice (Autumn 2026)", "Attendance", "Student voice"], choices.Select(c => c.Label));
    }

    [Fact]
    public void A_shared_link_runs_its_comparison()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/compare?topic=voice-autumn&target=voice-autumn-t");

        var page = Render<Compare>();

        Assert.Equal((Autumn, "voice-autumn-t"), (_insights.LastRequest!.CycleId, _insights.LastRequest.TargetId));
        Assert.Contains("Share of courses co-designed", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choosing_writes_the_comparison_into_the_address_to_share()
    {
        var nav = Services.GetRequiredService<NavigationManager>();
        nav.NavigateTo("/compare");
        var page = Render<Compare>();

        await Selects.Choose(page, "compare-topic", "voice-spring");
        await Selects.Choose(page, "compare-target", "voice-spring-t");

        Assert.Equal((Spring, "voice-spring-t"), (_insights.LastRequest!.CycleId, _insights.LastRequest.TargetId));
        Assert.EndsWith("/compare?topic=voice-spring&target=voice-spring-t", nav.Uri, StringComparison.Ordinal);
        Assert.Equal(1, _insights.Calls);
    }

    [Fact]
    public void The_selects_carry_their_test_ids_on_their_root()
    {
        var page = Render<Compare>();

        Assert.Contains("mud-select", page.Find("[data-testid=compare-topic]").ClassName, StringComparison.Ordinal);
        Assert.Contains("mud-select", page.Find("[data-testid=compare-target]").ClassName, StringComparison.Ordinal);
    }

    private static IReadOnlyList<IRenderedComponent<MudSelectItem<string>>> TopicItems(IRenderedComponent<Compare> page) =>
        page.FindComponents<MudSelect<string>>().Single(s => Equals(s.Instance.UserAttributes.GetValueOrDefault("data-testid"), "compare-topic"))
            .FindComponents<MudSelectItem<string>>();

    /// <summary>What an item shows (the list itself is drawn in a popover that a test has not opened).</summary>
    private string Text(IRenderedComponent<MudSelectItem<string>> item) => Render(item.Instance.ChildContent!).Markup.Trim();

    private static Topic Topic(string id, string cycleId, string title)
    {
        var topic = new Topic { TopicId = id, CycleId = cycleId, Title = title, Status = TopicStatus.Published };
        topic.Targets.Add(new Target { TargetId = $"{id}-t", Definition = new TargetDefinition { Code = "SV-COURSE", Name = "Share of courses co-designed", MeasureType = Consortium.Contracts.Topics.V1.MeasureType.Percentage } });
        return topic;
    }

    private sealed class FakeTopics : TopicsService.TopicsServiceClient
    {
        public List<Topic> Topics { get; set; } =
        [
            Topic("attendance", Spring, "Attendance"),
            Topic("voice-spring", Spring, "Student voice"),
            Topic("voice-autumn", Autumn, "Student voice"),
        ];

        public int CycleCalls { get; private set; }

        public override AsyncUnaryCall<ListTopicsResponse> ListTopicsAsync(ListTopicsRequest request, CallOptions options) =>
            FakeCalls.Answer(new ListTopicsResponse { Topics = { Topics } });

        public override AsyncUnaryCall<ListCyclesResponse> ListCyclesAsync(ListCyclesRequest request, CallOptions options)
        {
            CycleCalls++;
            return FakeCalls.Answer(new ListCyclesResponse { Cycles = { new Cycle { CycleId = Autumn, Name = "Autumn 2026" }, new Cycle { CycleId = Spring, Name = "Spring 2026" } } });
        }
    }

    private sealed class FakeInsights : InsightsService.InsightsServiceClient
    {
        public CompareTargetRequest? LastRequest { get; private set; }

        public int Calls { get; private set; }

        public override AsyncUnaryCall<CompareTargetResponse> CompareTargetAsync(CompareTargetRequest request, CallOptions options)
        {
            LastRequest = request;
            Calls++;
            return FakeCalls.Answer(new CompareTargetResponse { Target = new TargetInfo { Name = "Share of courses co-designed" } });
        }
    }
}
