using Bunit;
using Consortium.Contracts.Security;
using Consortium.Contracts.Submissions.V1;
using Consortium.Contracts.Topics.V1;
using Consortium.Web.Components.Pages;
using Consortium.Web.Services;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Consortium.Web.Tests;

public sealed class MySubmissionsPageTests : BunitContext
{
    private const string DistrictId = "6f1c0a52-0000-4000-8000-000000000001";
    private readonly FakeTopics _topics = new();

    public MySubmissionsPageTests()
    {
        this.AddPageDefaults();
        Services.AddSingleton<TopicsService.TopicsServiceClient>(_topics);
        Services.AddSingleton<SubmissionsService.SubmissionsServiceClient>(new FakeSubmissions());
        AddAuthorization().SetAuthorized("lead").SetRoles(Roles.DistrictLead).SetClaims(new System.Security.Claims.Claim(ClaimNames.DistrictId, DistrictId));
    }

    [Fact]
    public void A_topic_carried_forward_is_offered_once_from_the_open_cycle()
    {
        _topics.Cycles.Add(new Cycle { CycleId = "cycle-open", Status = CycleStatus.Open });
        _topics.TopicsByCycle["cycle-open"] = [new Topic { TopicId = "topic-now", Title = "Performance assessment" }];
        _topics.TopicsByCycle["cycle-before"] = [new Topic { TopicId = "topic-before", Title = "Performance assessment" }];

        var page = Render<MySubmissions>();

        var starts = page.FindAll("[data-testid=start-topic]");
        Assert.Equal("/submissions/new?topic=topic-now", Assert.Single(starts).GetAttribute("href"));
        Assert.All(_topics.TopicRequests, request => Assert.Equal("cycle-open", request.CycleId));
    }

    [Fact]
    public void Without_an_open_cycle_the_page_says_so_instead_of_offering_topics()
    {
        var page = Render<MySubmissions>();

        Assert.Empty(page.FindAll("[data-testid=start-topic]"));
        Assert.Contains("No cycle is open for submissions", page.Find("[data-testid=no-open-cycle]").TextContent, StringComparison.Ordinal);
    }

    private sealed class FakeTopics : TopicsService.TopicsServiceClient
    {
        public List<Cycle> Cycles { get; } = [];

        public Dictionary<string, List<Topic>> TopicsByCycle { get; } = [];

        public List<ListTopicsRequest> TopicRequests { get; } = [];

        public override AsyncUnaryCall<ListCyclesResponse> ListCyclesAsync(ListCyclesRequest request, CallOptions options) =>
            FakeCalls.Answer(new ListCyclesResponse { Cycles = { Cycles.Where(c => request.Status == CycleStatus.Unspecified || c.Status == request.Status) } });

        public override AsyncUnaryCall<ListTopicsResponse> ListTopicsAsync(ListTopicsRequest request, CallOptions options)
        {
            TopicRequests.Add(request);
            var topics = request.CycleId.Length == 0 ? TopicsByCycle.Values.SelectMany(t => t) : TopicsByCycle.GetValueOrDefault(request.CycleId, []);
            return FakeCalls.Answer(new ListTopicsResponse { Topics = { topics } });
        }
    }

    private sealed class FakeSubmissions : SubmissionsService.SubmissionsServiceClient
    {
        public override AsyncUnaryCall<ListSubmissionsResponse> ListSubmissionsAsync(ListSubmissionsRequest request, CallOptions options) =>
            FakeCalls.Answer(new ListSubmissionsResponse());
    }
}
