using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Consortium.Submissions.Tests.Api;

/// <summary>The same API as JSON over plain HTTP (gRPC transcoding), as the web front end's import would call it.</summary>
public sealed class HttpSurfaceTests(SubmissionsServiceFixture fixture) : IClassFixture<SubmissionsServiceFixture>
{
    [Fact]
    public async Task A_draft_can_be_filled_and_submitted_as_json()
    {
        var districtId = await fixture.JoinedDistrictAsync();
        var topic = await fixture.OpenTopicAsync();
        using var http = fixture.Service.Http(fixture.LeadToken(districtId));
        var cancellationToken = TestContext.Current.CancellationToken;

        using var created = await http.PostAsJsonAsync("/v1/submissions", new
        {
            districtId,
            topicId = topic.TopicId,
            kind = "BENCHMARK_KIND_PRACTICE",
            title = "Student advisory councils",
            narrative = "Councils in every high school.",
        }, cancellationToken);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("submissionId").GetString();

        using var values = await http.PostAsJsonAsync($"/v1/submissions/{id}:setTargetValues", new
        {
            values = new object[]
            {
                new { targetCode = "ENROLLED", number = new { value = "1200" } },
                new { targetCode = "IN-ADVANCED", number = new { value = "480" } },
                new { targetCode = "PCT-VOICE", number = new { value = "62.5" } },
            },
        }, cancellationToken);
        using var submitted = await http.PostAsJsonAsync($"/v1/submissions/{id}:submit", new { }, cancellationToken);
        var fetched = await http.GetFromJsonAsync<JsonElement>($"/v1/submissions/{id}", cancellationToken);

        Assert.Equal(HttpStatusCode.OK, values.StatusCode);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal("SUBMISSION_STATUS_SUBMITTED", fetched.GetProperty("status").GetString());
        Assert.Equal(3, fetched.GetProperty("values").GetArrayLength());
    }

    [Fact]
    public async Task A_bad_import_row_is_a_400_naming_the_row()
    {
        var (districtId, _, draft) = await fixture.DraftAsync(complete: false);
        using var http = fixture.Service.Http(fixture.LeadToken(districtId));

        using var response = await http.PostAsJsonAsync($"/v1/submissions/{draft.SubmissionId}:setTargetValues", new
        {
            values = new object[] { new { targetCode = "ENROLLED", number = new { value = "12" } }, new { targetCode = "PCT-VOICE", number = new { value = "101" } } },
        }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("values[1]", body, StringComparison.Ordinal);
        Assert.DoesNotContain("values[0]", body, StringComparison.Ordinal);
    }
}
