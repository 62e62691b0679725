using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Consortium.Districts.Tests.Api;

/// <summary>The same API as JSON over plain HTTP (gRPC transcoding), and the health endpoints probes use.</summary>
public sealed class HttpSurfaceTests(DistrictsServiceFixture fixture) : IClassFixture<DistrictsServiceFixture>
{
    [Fact]
    public async Task A_district_can_be_created_and_read_as_json()
    {
        using var http = fixture.Service.Http(fixture.StaffToken);
        var leaId = DistrictsServiceFixture.NextLeaId();

        using var created = await http.PostAsJsonAsync("/v1/districts", new { name = "Bellevue SD", ncesLeaId = leaId, state = "WA", localeCode = 21 }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("districtId").GetString();

        var fetched = await http.GetFromJsonAsync<JsonElement>($"/v1/districts/{id}", TestContext.Current.CancellationToken);

        Assert.Equal("Bellevue SD", fetched.GetProperty("name").GetString());
        Assert.Equal(leaId, fetched.GetProperty("ncesLeaId").GetString());
        Assert.Equal("MEMBERSHIP_STATUS_ACTIVE", fetched.GetProperty("membershipStatus").GetString());
    }

    [Fact]
    public async Task Invalid_json_input_is_a_400_with_the_field_named()
    {
        using var http = fixture.Service.Http(fixture.StaffToken);

        using var response = await http.PostAsJsonAsync("/v1/districts", new { name = "Bellevue SD", ncesLeaId = "12", state = "WA", localeCode = 21 }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("nces_lea_id", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_calls_need_a_token_too()
    {
        using var http = fixture.Service.Http(token: null);

        using var response = await http.GetAsync("/v1/districts", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_json_routes_are_described_as_openapi_with_the_proto_comments_and_the_bearer_scheme()
    {
        using var http = fixture.Service.Http(token: null);

        var document = await http.GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);

        var listDistricts = document.GetProperty("paths").GetProperty("/v1/districts").GetProperty("get");
        Assert.Contains("Lists member districts", listDistricts.GetProperty("summary").GetString() ?? listDistricts.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains(document.GetProperty("paths").EnumerateObject(), path => path.Name.StartsWith("/v1/districts/{", StringComparison.Ordinal));
        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString());
    }

    [Fact]
    public async Task Health_reports_each_dependency_and_liveness_needs_no_token()
    {
        using var http = fixture.Service.Http(token: null);

        using var alive = await http.GetAsync("/alive", TestContext.Current.CancellationToken);
        var health = await http.GetFromJsonAsync<JsonElement>("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        var checks = health.GetProperty("checks");
        Assert.True(checks.TryGetProperty("postgres", out _));
        Assert.True(checks.TryGetProperty("redis", out _));
        Assert.Contains(checks.EnumerateObject(), check => check.Name.Contains("masstransit", StringComparison.OrdinalIgnoreCase));
    }
}
