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
    private const string EarlierCycleId = "0192f000-0000-7000-8000-000000000000";
    private readonly FakeTopics _topics = new();

    public CyclePlannerPageTests()
    {
        this.AddMudDefaults();
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
    public void A_planned_cycle_s_schedule_changes_under_its_version_and_a_refused_field_is_said_beside_it()
    {
        _topics.UpdateCycleFailure = FakeCalls.FieldViolation("name", "Give the cycle a name of 3–200 characters.");
        var page = Render<CyclePlanner>();
        page.Find("button[aria-label='Plan Spring 2027 benchmarking']").Click();
        page.Find("[data-testid=edit-cycle]").Click();
        Assert.Equal("2026-27", page.Find("[data-testid=cycle-form] [data-testid=cycle-year]").GetAttribute("value"));

        page.Find("[data-testid=cycle-form] [data-testid=cycle-name]").Change("S");
        page.Find("[data-testid=save-cycle]").Click();

        var sent = _topics.LastUpdateCycle!;
        Assert.Equal((CycleId, 3, "S", SchoolYearHalf.Second), (sent.CycleId, sent.ExpectedVersion, sent.Name, sent.Half));
        Assert.Equal(new DateTime(2027, 2, 1, 0, 0, 0, DateTimeKind.Utc), sent.SubmissionOpensAt.ToDateTime());
        Assert.Equal(new DateTime(2027, 3, 15, 23, 59, 0, DateTimeKind.Utc), sent.SubmissionClosesAt.ToDateTime());
        Assert.Contains("Give the cycle a name", page.Find("[data-testid=cycle-form]").TextContent, StringComparison.Ordinal);
        Assert.Equal("S", page.Find("[data-testid=cycle-form] [data-testid=cycle-name]").GetAttribute("value"));

        _topics.UpdateCycleFailure = null;
        page.Find("[data-testid=cycle-form] [data-testid=cycle-name]").Change("Spring 2027");
        page.Find("[data-testid=save-cycle]").Click();

        Assert.Empty(page.FindAll("[data-testid=cycle-form]"));
        Assert.Equal("Spring 2027", page.Find("[data-testid=cycle] h2").TextContent);
        Assert.Contains("Saved the schedule of Spring 2027.", page.Find("[data-testid=planner-done]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_open_cycle_s_schedule_is_not_offered_for_change()
    {
        var page = Render<CyclePlanner>();
        page.Find("button[aria-label='Plan Spring 2027 benchmarking']").Click();
        page.Find("[data-testid=cycle-step]").Click();
        page.Find("[data-testid=confirm-step]").Click();

        Assert.Empty(page.FindAll("[data-testid=edit-cycle]"));
    }

    [Fact]
    public void A_draft_topic_s_wording_changes_under_its_version_and_a_refused_title_is_said_beside_it()
    {
        _topics.UpdateTopicFailure = FakeCalls.FieldViolation("title", "Give the topic a title of 3–200 characters.");
        var page = OpenDraftTopic();
        page.Find("[data-testid=edit-topic]").Click();
        Assert.Equal("Student voice in course design", page.Find("[data-testid=topic-form] [data-testid=topic-title]").GetAttribute("value"));

        page.Find("[data-testid=topic-form] [data-testid=topic-title]").Change("SV");
        page.Find("[data-testid=topic-form] [data-testid=topic-description]").Change("How students shape their courses.");
        page.Find("[data-testid=save-topic]").Click();

        var sent = _topics.LastUpdateTopic!;
        Assert.Equal((TopicId, 4, "SV", "How students shape their courses."), (sent.TopicId, sent.ExpectedVersion, sent.Title, sent.Description));
        Assert.Equal([BenchmarkKind.Practice], sent.BenchmarkKinds);
        Assert.Contains("Give the topic a title", page.Find("[data-testid=topic-form]").TextContent, StringComparison.Ordinal);

        _topics.UpdateTopicFailure = null;
        page.Find("[data-testid=topic-form] [data-testid=topic-title]").Change("Student voice in course design and review");
        page.Find("[data-testid=save-topic]").Click();

        Assert.Empty(page.FindAll("[data-testid=topic-form]"));
        Assert.Contains("Student voice in course design and review", page.Find("[data-testid=preview]").TextContent, StringComparison.Ordinal);
        Assert.Contains("How students shape their courses.", page.Find("[data-testid=preview]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_left_without_a_kind_is_told_so_and_nothing_is_sent()
    {
        var page = OpenDraftTopic();
        page.Find("[data-testid=edit-topic]").Click();

        page.Find("[data-testid=topic-form] input[data-testid=kind-practice]").Change(false);
        page.Find("[data-testid=save-topic]").Click();

        Assert.Null(_topics.LastUpdateTopic);
        Assert.Contains("Choose at least one kind.", page.Find("[data-testid=topic-form] [data-testid=topic-kinds]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_topic_of_an_earlier_cycle_is_carried_forward_as_a_draft_and_opened()
    {
        var page = Render<CyclePlanner>();
        page.Find("button[aria-label='Plan Spring 2027 benchmarking']").Click();
        page.Find("[data-testid=start-carry]").Click();

        // Only the earlier cycle's published topic not yet carried here: not this cycle's own, not a draft, not one carried already.
        var offered = page.FindComponents<MudBlazor.MudSelectItem<string>>().Select(item => item.Instance.Value).ToList();
        Assert.Equal(["earlier-voice"], offered);
        await Selects.Choose(page, "carry-topic", "earlier-voice");
        page.Find("[data-testid=confirm-carry]").Click();

        Assert.Equal(("earlier-voice", CycleId), (_topics.LastCarry!.TopicId, _topics.LastCarry.TargetCycleId));
        Assert.Empty(page.FindAll("[data-testid=carry-forward]"));
        Assert.Contains("Carried Student voice in course design into Spring 2027 benchmarking as a draft.", page.Find("[data-testid=planner-done]").TextContent, StringComparison.Ordinal);
        // The new draft is open: it came without the fake's targets, so it asks for one.
        Assert.Equal("Student voice in course design (Draft)", page.Find("[data-testid=topic] h2").TextContent);
        Assert.Empty(page.FindAll("[data-testid=targets] tbody tr"));
    }

    [Fact]
    public async Task A_carry_the_service_refuses_says_why_and_stays_open()
    {
        _topics.CarryFailure = new RpcException(new Grpc.Core.Status(StatusCode.FailedPrecondition, "The topic can only be carried into a later cycle."));
        var page = Render<CyclePlanner>();
        page.Find("button[aria-label='Plan Spring 2027 benchmarking']").Click();
        page.Find("[data-testid=start-carry]").Click();

        await Selects.Choose(page, "carry-topic", "earlier-voice");
        page.Find("[data-testid=confirm-carry]").Click();

        Assert.Contains("only be carried into a later cycle", page.Find("[data-testid=carry-forward]").TextContent, StringComparison.Ordinal);
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

        private readonly Cycle _earlier = new() { CycleId = EarlierCycleId, Name = "Autumn 2026 benchmarking", SchoolYear = "2026-27", Half = SchoolYearHalf.First, Status = CycleStatus.ResultsPublished };

        public bool Down { get; set; }

        public RpcException? CreateCycleFailure { get; set; }

        public RpcException? UpdateCycleFailure { get; set; }

        public RpcException? UpdateTopicFailure { get; set; }

        public RpcException? CarryFailure { get; set; }

        public UpdateCycleRequest? LastUpdateCycle { get; private set; }

        public UpdateTopicRequest? LastUpdateTopic { get; private set; }

        public CarryForwardTopicRequest? LastCarry { get; private set; }

        /// <summary>Topics of the earlier cycle, and one of them already carried into this one.</summary>
        private static readonly Topic[] Earlier =
        [
            new() { TopicId = "earlier-voice", CycleId = EarlierCycleId, Title = "Student voice in course design", Status = TopicStatus.Published },
            new() { TopicId = "earlier-attendance", CycleId = EarlierCycleId, Title = "Attendance", Status = TopicStatus.Retired },
            new() { TopicId = "earlier-draft", CycleId = EarlierCycleId, Title = "Never published", Status = TopicStatus.Draft },
            new() { TopicId = "carried-attendance", CycleId = CycleId, Title = "Attendance", Status = TopicStatus.Draft, CarriedFromTopicId = "earlier-attendance" },
        ];

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
            Down ? FakeCalls.Fail<ListCyclesResponse>(FakeCalls.Unavailable()) : FakeCalls.Answer(new ListCyclesResponse { Cycles = { _cycle, _earlier } });

        public override AsyncUnaryCall<Cycle> UpdateCycleAsync(UpdateCycleRequest request, CallOptions options)
        {
            LastUpdateCycle = request;
            if (UpdateCycleFailure is not null)
            {
                return FakeCalls.Fail<Cycle>(UpdateCycleFailure);
            }

            _cycle = _cycle.Clone();
            _cycle.Name = request.Name;
            _cycle.Version++;
            return FakeCalls.Answer(_cycle);
        }

        public override AsyncUnaryCall<Topic> UpdateTopicAsync(UpdateTopicRequest request, CallOptions options)
        {
            LastUpdateTopic = request;
            if (UpdateTopicFailure is not null)
            {
                return FakeCalls.Fail<Topic>(UpdateTopicFailure);
            }

            _topic = _topic.Clone();
            (_topic.Title, _topic.Description) = (request.Title, request.Description);
            _topic.Version++;
            return FakeCalls.Answer(_topic);
        }

        public override AsyncUnaryCall<Topic> CarryForwardTopicAsync(CarryForwardTopicRequest request, CallOptions options)
        {
            LastCarry = request;
            return CarryFailure is not null ? FakeCalls.Fail<Topic>(CarryFailure)
                : FakeCalls.Answer(new Topic { TopicId = "carried-voice", CycleId = request.TargetCycleId, Title = "Student voice in course design", Status = TopicStatus.Draft, CarriedFromTopicId = request.TopicId });
        }

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
            FakeCalls.Answer(new ListTopicsResponse { Topics = { Earlier.Prepend(_topic).Where(t => request.CycleId.Length == 0 || t.CycleId == request.CycleId) } });

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
