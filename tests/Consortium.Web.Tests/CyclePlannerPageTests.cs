using System.Security.Claims;
using Bunit;
using Consortium.Contracts.Security;
using Consortium.Contracts.Topics.V1;
using Consortium.Web.Components.Pages;
using Consortium.Web.Services;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Consortium.Web.Tests;

public sealed class CyclePlannerPageTests : BunitContext
{
    private const string CycleId = "0192f000-0000-7000-8000-000000000001";
    private const string TopicId = "0192f000-0000-7000-8000-0000000000a1";
    private readonly FakeTopics _topics = new();

    public CyclePlannerPageTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddSingleton<TopicsService.TopicsServiceClient>(_topics);
    }

    [Fact]
    public void A_refused_cycle_shows_the_field_error_beside_the_field_and_keeps_what_was_typed()
    {
        _topics.CreateCycleFailure = FakeCalls.FieldViolation("school_year", "Write the school year as 2026-27.");
        var page = Render<CyclePlanner>();
        page.Find("[data-testid=start-cycle]").Click();

        page.Find("[data-testid=cycle-year]").Change("2026/27");
        page.Find("[data-testid=cycle-name]").Change("Spring 2027 benchmarking");
        page.Find("[data-testid=create-cycle]").Click();

        Assert.Equal("2026/27", _topics.LastCreateCycle!.SchoolYear);
        Assert.Contains("Write the school year as 2026-27.", page.Find("[data-testid=new-cycle]").TextContent, StringComparison.Ordinal);
        Assert.Equal("2026/27", page.Find("[data-testid=cycle-year]").GetAttribute("value"));
    }

    [Fact]
    public void The_window_times_are_sent_in_utc_with_the_whole_last_day()
    {
        var form = new CycleForm { SchoolYear = "2026-27", Name = "Spring", OpensOn = new DateTime(2027, 2, 1), ClosesOn = new DateTime(2027, 3, 15) };

        var request = form.ToRequest();

        Assert.Equal(new DateTime(2027, 2, 1, 0, 0, 0, DateTimeKind.Utc), request.SubmissionOpensAt.ToDateTime());
        Assert.Equal(new DateTime(2027, 3, 15, 23, 59, 0, DateTimeKind.Utc), request.SubmissionClosesAt.ToDateTime());
        Assert.Null(request.MeetingDate);
        Assert.Null(new CycleForm().ToRequest().SubmissionOpensAt);
    }

    [Fact]
    public void Opening_the_window_says_what_it_does_and_waits_for_confirmation()
    {
        var page = Render<CyclePlanner>();
        page.Find("button[aria-label='Plan Spring 2027 benchmarking']").Click();

        page.Find("[data-testid=cycle-step]").Click();

        Assert.Null(_topics.LastOpen);
        Assert.Contains("Districts can submit", page.Find("[data-testid=step-consequence]").TextContent, StringComparison.Ordinal);
        page.Find("[data-testid=confirm-step]").Click();
        Assert.Equal((CycleId, 3), (_topics.LastOpen!.CycleId, _topics.LastOpen.ExpectedVersion));
        Assert.Contains("Close the window now", page.Find("[data-testid=cycle-step]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_cycle_status_offers_only_its_next_step()
    {
        Assert.Equal(CycleStep.OpenWindow, CycleText.Next(CycleStatus.Planning));
        Assert.Equal(CycleStep.CloseWindow, CycleText.Next(CycleStatus.Open));
        Assert.Equal(CycleStep.PublishResults, CycleText.Next(CycleStatus.Closed));
        Assert.Null(CycleText.Next(CycleStatus.ResultsPublished));
    }

    [Fact]
    public void A_target_the_service_refuses_names_its_field_and_keeps_what_was_typed()
    {
        _topics.AddTargetFailure = FakeCalls.FieldViolation("target.code", "Give the target a code of 2–40 uppercase letters, digits and hyphens.");
        var page = OpenDraftTopic();
        page.Find("[data-testid=start-target]").Click();

        page.Find("[data-testid=target-code]").Change("sv course");
        page.Find("[data-testid=target-name]").Change("Courses co-designed with students");
        page.Find("[data-testid=save-target]").Click();

        Assert.Equal(("sv course", MeasureType.Percentage, 4), (_topics.LastAddTarget!.Target.Code, _topics.LastAddTarget.Target.MeasureType, _topics.LastAddTarget.ExpectedVersion));
        Assert.Contains("Give the target a code", page.Find("[data-testid=target-form]").TextContent, StringComparison.Ordinal);
        Assert.Equal("sv course", page.Find("[data-testid=target-code]").GetAttribute("value"));
    }

    [Fact]
    public void A_draft_topic_is_previewed_as_districts_will_see_it_and_published_only_after_confirmation()
    {
        var page = OpenDraftTopic();

        var preview = page.Find("[data-testid=preview]").TextContent;
        Assert.Contains("Student voice in course design", preview, StringComparison.Ordinal);
        Assert.Contains("Share of courses co-designed", preview, StringComparison.Ordinal);
        page.Find("[data-testid=publish-topic]").Click();
        Assert.Null(_topics.LastPublish);
        Assert.Contains("freezes these definitions", page.Find("[data-testid=publish-consequence]").TextContent, StringComparison.Ordinal);

        page.Find("[data-testid=confirm-publish]").Click();

        Assert.Equal((TopicId, 4), (_topics.LastPublish!.TopicId, _topics.LastPublish.ExpectedVersion));
        Assert.Empty(page.FindAll("[data-testid=start-target]"));
    }

    [Fact]
    public void A_rubric_target_sends_its_levels_in_order_and_leaves_out_what_rubrics_do_not_have()
    {
        var form = TargetForm.New();
        form.MeasureType = MeasureType.Rubric;
        form.Code = "SV-STAGE";
        form.Unit = "left over from a percentage";
        form.Direction = Direction.LowerIsBetter;
        form.Goal = "3";

        var (definition, problems) = form.ToDefinition();

        Assert.Null(problems);
        Assert.Equal(["Exploration", "Installation", "Initial implementation", "Full implementation"], definition!.RubricLevels.Select(level => level.Label));
        Assert.All(definition.RubricLevels, level => Assert.Equal(0, level.Rank));
        Assert.Equal(("", "", Direction.Unspecified, "3"), (definition.Unit, definition.Currency, definition.Direction, definition.GoalValue.Value));
    }

    [Fact]
    public void A_scale_whose_range_is_not_numbers_is_named_and_nothing_is_sent()
    {
        var form = TargetForm.New();
        form.MeasureType = MeasureType.Scale;
        form.ScaleMin = "one";
        form.ScaleMax = "5";
        form.ScaleLabels.Add(new TargetForm.ScalePointRow { Value = "1", Label = "Not yet" });

        var (definition, problems) = form.ToDefinition();

        Assert.Null(definition);
        Assert.Equal(["target.scale_min"], problems!.FieldErrors.Keys);
    }

    [Fact]
    public void An_amount_carries_its_currency_and_text_has_no_goal_or_direction()
    {
        var amount = TargetForm.New();
        amount.MeasureType = MeasureType.Amount;
        amount.Currency = " usd ";
        Assert.Equal("USD", amount.ToDefinition().Definition!.Currency);

        var text = TargetForm.New();
        text.MeasureType = MeasureType.Text;
        text.Goal = "50";
        var definition = text.ToDefinition().Definition!;
        Assert.Equal((Direction.Unspecified, null), (definition.Direction, definition.GoalValue));
        Assert.Empty(definition.RubricLevels);
    }

    [Fact]
    public void A_down_topics_service_is_a_sentence_and_scheduling_stays()
    {
        _topics.Down = true;

        var page = Render<CyclePlanner>();

        Assert.Contains("The Topics service is not answering right now", page.Markup, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=cycles]"));
        Assert.Single(page.FindAll("[data-testid=start-cycle]"));
    }

    [Fact]
    public void Staff_are_offered_member_districts_and_the_cycle_planner_and_leads_are_not()
    {
        var staff = Navigation.For(Person(Roles.ConsortiumStaff)).Select(item => item.Href).ToList();
        var lead = Navigation.For(Person(Roles.DistrictLead, "district-a")).Select(item => item.Href).ToList();

        Assert.Contains("/member-districts", staff);
        Assert.Contains("/cycle-planner", staff);
        Assert.DoesNotContain("/member-districts", lead);
        Assert.DoesNotContain("/cycle-planner", lead);
    }

    private IRenderedComponent<CyclePlanner> OpenDraftTopic()
    {
        var page = Render<CyclePlanner>();
        page.Find("button[aria-label='Plan Spring 2027 benchmarking']").Click();
        page.Find("button[aria-label='Open Student voice in course design']").Click();
        return page;
    }

    private static ClaimsPrincipal Person(string role, string? districtId = null)
    {
        var claims = new List<Claim> { new(ClaimNames.Role, role) };
        if (districtId is not null)
        {
            claims.Add(new Claim(ClaimNames.DistrictId, districtId));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test", ClaimNames.Name, ClaimNames.Role));
    }

    private sealed class FakeTopics : TopicsService.TopicsServiceClient
    {
        private Cycle _cycle = new()
        {
            CycleId = CycleId,
            Name = "Spring 2027 benchmarking",
            SchoolYear = "2026-27",
            Half = SchoolYearHalf.Second,
            Status = CycleStatus.Planning,
            SubmissionOpensAt = Timestamp.FromDateTime(new DateTime(2027, 2, 1, 0, 0, 0, DateTimeKind.Utc)),
            SubmissionClosesAt = Timestamp.FromDateTime(new DateTime(2027, 3, 15, 23, 59, 0, DateTimeKind.Utc)),
            Version = 3,
        };

        private Topic _topic = DraftTopic();

        public bool Down { get; set; }

        public RpcException? CreateCycleFailure { get; set; }

        public RpcException? AddTargetFailure { get; set; }

        public CreateCycleRequest? LastCreateCycle { get; private set; }

        public OpenCycleRequest? LastOpen { get; private set; }

        public AddTargetRequest? LastAddTarget { get; private set; }

        public PublishTopicRequest? LastPublish { get; private set; }

        private static Topic DraftTopic()
        {
            var topic = new Topic
            {
                TopicId = TopicId,
                CycleId = CycleId,
                Title = "Student voice in course design",
                Description = "How students shape the courses they take.",
                FocusArea = "Student experience",
                Status = TopicStatus.Draft,
                Version = 4,
            };
            topic.BenchmarkKinds.Add(BenchmarkKind.Practice);
            topic.Targets.Add(new Target
            {
                TargetId = "t-1",
                Definition = new TargetDefinition { Code = "SV-COURSE", Name = "Share of courses co-designed", Definition = "Courses whose design involved students.", MeasureType = MeasureType.Percentage, Direction = Direction.HigherIsBetter },
            });
            return topic;
        }

        public override AsyncUnaryCall<ListCyclesResponse> ListCyclesAsync(ListCyclesRequest request, CallOptions options) =>
            Down ? FakeCalls.Fail<ListCyclesResponse>(FakeCalls.Unavailable()) : FakeCalls.Answer(new ListCyclesResponse { Cycles = { _cycle } });

        public override AsyncUnaryCall<Cycle> CreateCycleAsync(CreateCycleRequest request, CallOptions options)
        {
            LastCreateCycle = request;
            return CreateCycleFailure is not null ? FakeCalls.Fail<Cycle>(CreateCycleFailure) : FakeCalls.Answer(_cycle);
        }

        public override AsyncUnaryCall<Cycle> OpenCycleAsync(OpenCycleRequest request, CallOptions options)
        {
            LastOpen = request;
            _cycle = _cycle.Clone();
            _cycle.Status = CycleStatus.Open;
            _cycle.Version++;
            return FakeCalls.Answer(_cycle);
        }

        public override AsyncUnaryCall<ListTopicsResponse> ListTopicsAsync(ListTopicsRequest request, CallOptions options) =>
            FakeCalls.Answer(new ListTopicsResponse { Topics = { _topic } });

        public override AsyncUnaryCall<Topic> AddTargetAsync(AddTargetRequest request, CallOptions options)
        {
            LastAddTarget = request;
            return AddTargetFailure is not null ? FakeCalls.Fail<Topic>(AddTargetFailure) : FakeCalls.Answer(_topic);
        }

        public override AsyncUnaryCall<Topic> PublishTopicAsync(PublishTopicRequest request, CallOptions options)
        {
            LastPublish = request;
            _topic = _topic.Clone();
            _topic.Status = TopicStatus.Published;
            _topic.Version++;
            return FakeCalls.Answer(_topic);
        }
    }
}
