using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Consortium.Contracts.Security;
using Xunit;

namespace Consortium.Pipeline.Tests.Api;

/// <summary>The same API as JSON over plain HTTP (gRPC transcoding), as a web front end or an import script would call it.</summary>
public sealed class HttpSurfaceTests(PipelineServiceFixture fixture) : IClassFixture<PipelineServiceFixture>
{
    [Fact]
    public async Task A_leader_can_be_enrolled_developed_and_listed_as_json()
    {
        var districtId = await fixture.NewDistrictAsync();
        var competency = await fixture.NewCompetencyAsync();
        using var http = fixture.Service.Http(fixture.Service.Tokens.Issue($"lead-{districtId}", Roles.DistrictLead, districtId));
        var cancellationToken = TestContext.Current.CancellationToken;

        using var enrolled = await http.PostAsJsonAsync("/v1/leaders", new
        {
            districtId,
            name = "Jordan Ellis",
            roleCode = "assistant-principal",
            roleStartedOn = new { year = 2023, month = 8, day = 1 },
            stage = "PIPELINE_STAGE_EMERGING",
        }, cancellationToken);
        Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
        var leaderId = (await enrolled.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("leaderId").GetString();

        using var staged = await http.PostAsJsonAsync($"/v1/leaders/{leaderId}:changeStage", new { stage = "PIPELINE_STAGE_ESTABLISHED" }, cancellationToken);
        using var added = await http.PostAsJsonAsync($"/v1/leaders/{leaderId}/developmentActivities", new
        {
            kind = "DEVELOPMENT_ACTIVITY_KIND_MENTORING",
            title = "Mentoring by a veteran principal",
            provider = "State principals association",
            hours = new { value = "18" },
            startOn = new { year = 2025, month = 9, day = 15 },
            status = "DEVELOPMENT_ACTIVITY_STATUS_IN_PROGRESS",
            competencyCodes = new[] { competency },
        }, cancellationToken);
        var activityId = (await added.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("activityId").GetString();
        using var completed = await http.PostAsJsonAsync($"/v1/developmentActivities/{activityId}:updateStatus", new { status = "DEVELOPMENT_ACTIVITY_STATUS_COMPLETED" }, cancellationToken);
        var leader = await http.GetFromJsonAsync<JsonElement>($"/v1/leaders/{leaderId}", cancellationToken);
        var activities = await http.GetFromJsonAsync<JsonElement>($"/v1/leaders/{leaderId}/developmentActivities?pageSize=10", cancellationToken);
        var list = await http.GetFromJsonAsync<JsonElement>($"/v1/leaders?districtId={districtId}&stage=PIPELINE_STAGE_ESTABLISHED", cancellationToken);

        Assert.Equal(HttpStatusCode.OK, staged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Equal("PIPELINE_STAGE_ESTABLISHED", leader.GetProperty("stage").GetString());
        Assert.Equal(2, leader.GetProperty("stageHistory").GetArrayLength());
        var activity = Assert.Single(activities.GetProperty("activities").EnumerateArray());
        Assert.Equal("DEVELOPMENT_ACTIVITY_STATUS_COMPLETED", activity.GetProperty("status").GetString());
        Assert.Equal(leaderId, Assert.Single(list.GetProperty("leaders").EnumerateArray()).GetProperty("leaderId").GetString());
    }

    [Fact]
    public async Task Bad_json_input_is_a_400_naming_the_fields_and_another_districts_leader_is_a_403()
    {
        var districtId = await fixture.NewDistrictAsync();
        var other = await fixture.EnrollAsync(await fixture.NewDistrictAsync());
        using var http = fixture.Service.Http(fixture.Service.Tokens.Issue($"lead-{districtId}", Roles.DistrictLead, districtId));
        var cancellationToken = TestContext.Current.CancellationToken;

        using var bad = await http.PostAsJsonAsync("/v1/leaders", new { districtId, name = "J", roleCode = "wizard" }, cancellationToken);
        using var forbidden = await http.GetAsync($"/v1/leaders/{other.LeaderId}", cancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var body = await bad.Content.ReadAsStringAsync(cancellationToken);
        Assert.Contains("role_code", body, StringComparison.Ordinal);
        Assert.Contains("role_started_on", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(0, await fixture.CountLeadersAsync(districtId));
    }
}
