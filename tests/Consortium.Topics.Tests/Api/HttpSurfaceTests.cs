using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Consortium.Contracts.Security;
using Xunit;

namespace Consortium.Topics.Tests.Api;

/// <summary>Every RPC is also plain HTTP/JSON through its google.api.http annotation.</summary>
public sealed class HttpSurfaceTests(TopicsServiceFixture fixture) : IClassFixture<TopicsServiceFixture>
{
    [Fact]
    public async Task A_published_topic_is_readable_as_json_and_a_cycle_is_created_by_post()
    {
        var cycle = await fixture.CreateCycleAsync();
        var topic = await fixture.PublishedTopicAsync(cycle.CycleId, Targets.Rubric());
        using var member = fixture.Service.Http(fixture.Service.Tokens.Issue("lead-http", Roles.DistrictLead, Guid.NewGuid()));

        using var json = JsonDocument.Parse(await member.GetStringAsync(new Uri($"/v1/topics/{topic.TopicId}", UriKind.Relative), TestContext.Current.CancellationToken));
        var target = json.RootElement.GetProperty("targets")[0].GetProperty("definition");
        Assert.Equal("MEASURE_TYPE_RUBRIC", target.GetProperty("measureType").GetString());
        Assert.Equal("Installation", target.GetProperty("rubricLevels")[1].GetProperty("label").GetString());

        var request = fixture.NewCycle();
        using var staff = fixture.Service.Http(fixture.Service.Tokens.Issue("staff-http", Roles.ConsortiumStaff));
        using var created = await staff.PostAsJsonAsync(new Uri("/v1/cycles", UriKind.Relative), new
        {
            schoolYear = request.SchoolYear,
            half = "SCHOOL_YEAR_HALF_FIRST",
            name = "Created over HTTP",
            submissionOpensAt = request.SubmissionOpensAt.ToDateTimeOffset().ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            submissionClosesAt = request.SubmissionClosesAt.ToDateTimeOffset().ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);

        using var forbidden = await member.PostAsJsonAsync(new Uri($"/v1/cycles/{cycle.CycleId}:open", UriKind.Relative), new { }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }
}
