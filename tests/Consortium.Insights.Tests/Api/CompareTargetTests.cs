using System.Net.Http.Json;
using System.Text.Json;
using Consortium.Contracts.Events.Districts.V1;
using Consortium.Contracts.Events.Submissions.V1;
using Consortium.Contracts.Insights.V1;
using Consortium.Insights.Tests.Messaging;
using Consortium.Testing.Services;
using Grpc.Core;
using Xunit;
using static Consortium.Contracts.Events.Districts.V1.SharingPreferenceV1;

namespace Consortium.Insights.Tests.Api;

/// <summary>
/// CompareTarget through the real service: figures checked by hand, the asking district's
/// position, rows by effective visibility, the k-floor, give-to-get, access, validation, paging and
/// the read audit.
/// </summary>
public sealed class CompareTargetTests(InsightsServiceFixture fixture) : IClassFixture<InsightsServiceFixture>
{
    [Fact]
    public async Task All_members_gives_the_five_numbers_mean_goal_own_position_and_rows_by_sharing_choice()
    {
        var topic = await fixture.OpenTopicAsync();
        // Five anonymous others: as many as k, so their values may enter the figures and be listed.
        var m = await fixture.MembersAsync(7, sharing: [Named, Named, Anonymous, Anonymous, Anonymous, Anonymous, Anonymous]);
        await fixture.AcceptPctAsync(topic, [(m[0], 45m), (m[1], 10m), (m[2], 20m), (m[3], 40m), (m[4], 50m), (m[5], 60m), (m[6], 70m)]);

        var answer = await fixture.LeadOf(m[0].Id).CompareTargetAsync(ApiScenario.Compare(topic));

        // Six values of others and its own 45: median and mean only (quartiles from 2k others,
        // extremes from 3k: here they would be single districts' values); the mean to three digits (295 / 7).
        var numeric = answer.Figures.Numeric;
        Assert.Equal(7, answer.Figures.DistrictCount);
        Assert.Equal((45m, 42.1m), (numeric.Median.Number(), numeric.Mean.Number()));
        Assert.Equal((null, null, null, null), (numeric.Min, numeric.Q1, numeric.Q3, numeric.Max));
        Assert.Contains("Quartiles", answer.Figures.StatisticsWithheldExplanation, StringComparison.Ordinal);
        Assert.Equal(75m, answer.Target.Goal.Number());
        Assert.Equal(("PCT", Direction.HigherIsBetter, "% of students"), (answer.Target.Code, answer.Target.Direction, answer.Target.Unit));

        // 45 among 10, 20, 40, 50, 60, 70: three below, three above.
        Assert.Equal(45m, answer.Own.Value.Number());
        Assert.Equal((6, 3, 0, 3, 3), (answer.Own.Position.Others, answer.Own.Position.Below, answer.Own.Position.Tied, answer.Own.Position.Above, answer.Own.Position.BetterThan));
        Assert.Equal(50m, answer.Own.Position.PercentileRank.Number());

        // Never its own row; named with names, anonymous bare, lowest first.
        Assert.Equal(
            [(ComparisonRow.RowOneofCase.Named, 10m), (ComparisonRow.RowOneofCase.Anonymous, 20m), (ComparisonRow.RowOneofCase.Anonymous, 40m), (ComparisonRow.RowOneofCase.Anonymous, 50m), (ComparisonRow.RowOneofCase.Anonymous, 60m), (ComparisonRow.RowOneofCase.Anonymous, 70m)],
            answer.Rows.Select(r => (r.RowCase, Value(r))));
        Assert.Equal(m[1].Id.ToString(), answer.Rows[0].Named.DistrictId);
        Assert.Equal(RowsWithheld.Unspecified, answer.RowsWithheld);
    }

    [Fact]
    public async Task An_anonymous_row_carries_nothing_that_identifies_the_district()
    {
        var topic = await fixture.OpenTopicAsync();
        // Five anonymous others: as many as k, so their values may be listed.
        var m = await fixture.MembersAsync(6, sharing: [Named, Anonymous, Anonymous, Anonymous, Anonymous, Anonymous]);
        var anonymousIds = m.Skip(1).Select(x => x.Id).ToList();
        await fixture.AcceptPctAsync(topic, [.. m.Select((x, i) => (x, (decimal)(i + 1)))]);

        var answer = await fixture.LeadOf(m[0].Id).CompareTargetAsync(ApiScenario.Compare(topic));

        var anonymous = answer.Rows.Where(r => r.RowCase == ComparisonRow.RowOneofCase.Anonymous).ToList();
        Assert.Equal(5, anonymous.Count);
        var names = await fixture.QueryAsync(db => Task.FromResult(db.Districts.Where(d => anonymousIds.Contains(d.Id)).Select(d => new { d.Name, d.NcesLeaId }).ToList()));
        foreach (var row in anonymous)
        {
            // The message has a value and nothing else; its wire form names no one.
            Assert.Equal([AnonymousRow.ValueFieldNumber], AnonymousRow.Descriptor.Fields.InFieldNumberOrder().Select(f => f.FieldNumber));
            var text = row.ToString();
            Assert.All(anonymousIds, id => Assert.DoesNotContain(id.ToString(), text, StringComparison.Ordinal));
            Assert.All(names, n => Assert.DoesNotContain(n.NcesLeaId, text, StringComparison.Ordinal));
            Assert.All(names, n => Assert.DoesNotContain(n.Name, text, StringComparison.Ordinal));
            Assert.DoesNotContain("12000", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Private_values_count_in_the_figures_but_are_shown_individually_to_staff_only()
    {
        var topic = await fixture.OpenTopicAsync();
        var m = await fixture.MembersAsync(7, sharing: [Named, Named, Private, Private, Private, Private, Private]);
        await fixture.AcceptPctAsync(topic, [(m[0], 30m), (m[1], 10m), (m[2], 40m), (m[3], 50m), (m[4], 60m), (m[5], 70m), (m[6], 80m)]);

        var district = await fixture.LeadOf(m[0].Id).CompareTargetAsync(ApiScenario.Compare(topic));
        var staff = await fixture.Staff().CompareTargetAsync(ApiScenario.Compare(topic));

        Assert.Equal(7, district.Figures.DistrictCount);
        Assert.Null(district.Figures.Numeric.Max); // the highest would be a private district's exact value
        Assert.Equal(48.6m, district.Figures.Numeric.Mean.Number()); // 340 / 7, three significant digits
        Assert.Equal(340m / 7m, staff.Figures.Numeric.Mean.Number()); // staff: exact
        Assert.Equal([m[1].Id.ToString()], district.Rows.Select(r => r.Named.DistrictId));

        Assert.Equal(7, staff.Rows.Count);
        Assert.All(staff.Rows, r => Assert.Equal(ComparisonRow.RowOneofCase.Staff, r.RowCase));
        Assert.Equal(5, staff.Rows.Count(r => r.Staff.Visibility == Visibility.Private));
        Assert.All(staff.Rows, r => Assert.False(string.IsNullOrEmpty(r.Staff.NcesLeaId)));
        Assert.Null(staff.Own);
    }

    [Fact]
    public async Task When_one_to_k_minus_one_values_are_private_they_are_left_out_of_the_figures()
    {
        var topic = await fixture.OpenTopicAsync();
        var m = await fixture.MembersAsync(7, sharing: [Named, Named, Named, Named, Named, Named, Private]);
        await fixture.AcceptPctAsync(topic, [(m[0], 1m), (m[1], 2m), (m[2], 3m), (m[3], 4m), (m[4], 5m), (m[5], 6m), (m[6], 90m)]);

        var answer = await fixture.LeadOf(m[0].Id).CompareTargetAsync(ApiScenario.Compare(topic));
        var staff = await fixture.Staff().CompareTargetAsync(ApiScenario.Compare(topic));

        // Six named values (its own included): the private 90 is not in them, so n·mean − Σ named reveals nothing.
        Assert.Equal((6, 3.5m), (answer.Figures.DistrictCount, answer.Figures.Numeric.Mean.Number()));
        Assert.Equal(5, answer.Rows.Count);
        Assert.Contains("private", answer.Figures.UnnamedLeftOutExplanation, StringComparison.Ordinal);
        Assert.Equal(7, staff.Figures.DistrictCount);
    }

    [Fact]
    public async Task Four_districts_are_suppressed_with_a_reason_and_no_figure_five_are_shown()
    {
        var topic = await fixture.OpenTopicAsync();
        var m = await fixture.MembersAsync(6);
        await fixture.AcceptPctAsync(topic, [(m[0], 10m), (m[1], 20m), (m[2], 30m), (m[3], 40m), (m[4], 50m)]);
        var lead = fixture.LeadOf(m[0].Id);

        // Five districts with a value, its own among them: four others, below the floor.
        var four = await lead.CompareTargetAsync(ApiScenario.Compare(topic));
        await fixture.AcceptPctAsync(topic, [(m[5], 60m)]);
        var five = await lead.CompareTargetAsync(ApiScenario.Compare(topic));

        Assert.Equal(CompareTargetResponse.OutcomeOneofCase.Suppression, four.OutcomeCase);
        Assert.Equal(SuppressionReason.TooFewDistricts, four.Suppression.Reason);
        Assert.Contains("Fewer than 5 districts other than yours", four.Suppression.Explanation, StringComparison.Ordinal);
        Assert.Empty(four.Rows);
        Assert.Null(four.Own.Position);
        Assert.Equal(10m, four.Own.Value.Number());

        Assert.Equal(6, five.Figures.DistrictCount);
        Assert.Equal(35m, five.Figures.Numeric.Median.Number());
    }

    [Fact]
    public async Task A_yes_no_target_is_summarised_as_the_share_of_yes()
    {
        var topic = await fixture.OpenTopicAsync();
        var m = await fixture.MembersAsync(6);
        await fixture.PublishAndWaitAsync([.. m.Select((member, i) => (Contracts.Events.IntegrationEvent)ContractEvents.Accepted(
            Guid.CreateVersion7(), 3, member.Id, topic, VisibilityV1.Named, ContractEvents.Answer(topic, "POLICY", i < 2)))]);

        var answer = await fixture.LeadOf(m[0].Id).CompareTargetAsync(ApiScenario.Compare(topic, "POLICY"));
        var staff = await fixture.Staff().CompareTargetAsync(ApiScenario.Compare(topic, "POLICY"));

        Assert.Equal(33m, answer.Figures.YesNo.YesPercent.Number()); // 2 of 6, whole percent for a district
        Assert.Equal(200m / 6m, staff.Figures.YesNo.YesPercent.Number());
        Assert.Equal(1m, answer.Own.Value.Number());
        Assert.Null(answer.Own.Position);
    }

    [Fact]
    public async Task A_district_sees_a_topics_comparisons_only_once_its_own_was_accepted()
    {
        var topic = await fixture.OpenTopicAsync();
        var m = await fixture.MembersAsync(6);
        await fixture.AcceptPctAsync(topic, [.. m.Skip(1).Select((member, i) => (member, (decimal)i))]);
        var lead = fixture.LeadOf(m[0].Id);
        var submissionId = Guid.CreateVersion7();

        await RpcAssert.RuleViolated(() => lead.CompareTargetAsync(ApiScenario.Compare(topic)).ResponseAsync, "GIVE_TO_GET");
        await fixture.PublishAndWaitAsync(ContractEvents.Submitted(submissionId, 2, m[0].Id, topic, ContractEvents.Answer(topic, "PCT", 50m)));
        await RpcAssert.RuleViolated(() => lead.CompareTargetAsync(ApiScenario.Compare(topic)).ResponseAsync, "GIVE_TO_GET");
        await fixture.AcceptAsync(m[0].Id, topic, submissionId, 3, VisibilityV1.Named, ContractEvents.Answer(topic, "PCT", 50m));
        var afterAcceptance = await lead.CompareTargetAsync(ApiScenario.Compare(topic));

        Assert.Equal(6, afterAcceptance.Figures.DistrictCount);
        Assert.Equal(50m, afterAcceptance.Own.Value.Number());
    }

    [Fact]
    public async Task A_district_may_ask_only_as_itself_and_staff_as_anyone()
    {
        var topic = await fixture.OpenTopicAsync();
        var m = await fixture.MembersAsync(5);
        await fixture.AcceptPctAsync(topic, [.. m.Select((member, i) => (member, (decimal)(i * 10)))]);

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => fixture.LeadOf(m[0].Id).CompareTargetAsync(ApiScenario.Compare(topic, asDistrict: m[1].Id)).ResponseAsync);
        var asStaff = await fixture.Staff().CompareTargetAsync(ApiScenario.Compare(topic, asDistrict: m[1].Id));

        Assert.Equal(10m, asStaff.Own.Value.Number());
        Assert.Equal(5, asStaff.Rows.Count); // staff see every row, the district's own included
    }

    [Fact]
    public async Task Bad_input_names_every_bad_field_and_a_text_target_is_not_compared()
    {
        var topic = await fixture.OpenTopicAsync();
        var lead = fixture.LeadOf(Guid.CreateVersion7());

        await RpcAssert.InvalidFields(
            () => lead.CompareTargetAsync(new CompareTargetRequest
            {
                CycleId = "nope",
                TargetId = string.Empty,
                PageSize = -1,
                Scope = new ComparisonScope { Filter = new PeerFilter { State = "Ohio" } },
            }).ResponseAsync,
            "cycle_id", "target_id", "page_size", "scope.filter.state");
        // A number the contract does not define is refused before the request is read (ADR 17).
        await RpcAssert.InvalidFields(
            () => lead.CompareTargetAsync(ApiScenario.Compare(topic, scope: new ComparisonScope { Filter = new PeerFilter { LocaleClass = (LocaleClass)9 } })).ResponseAsync,
            "scope.filter.locale_class");
        await RpcAssert.InvalidFields(
            () => lead.CompareTargetAsync(ApiScenario.Compare(topic, scope: new ComparisonScope { SimilarPeers = new SimilarPeers { Count = 51 } })).ResponseAsync,
            "scope.similar_peers.count");
        await RpcAssert.InvalidFields(() => fixture.Staff().CompareTargetAsync(ApiScenario.Compare(topic, "NOTES")).ResponseAsync, "target_id");
        await RpcAssert.FailsWith(StatusCode.NotFound, () => fixture.Staff().CompareTargetAsync(new CompareTargetRequest
        {
            CycleId = Guid.CreateVersion7().ToString(),
            TargetId = topic.TargetId("PCT").ToString(),
        }).ResponseAsync);
    }

    [Fact]
    public async Task Rows_are_paged_and_a_token_is_bound_to_its_request()
    {
        var topic = await fixture.OpenTopicAsync();
        var m = await fixture.MembersAsync(6);
        await fixture.AcceptPctAsync(topic, [.. m.Select((member, i) => (member, (decimal)(i + 1)))]);
        var lead = fixture.LeadOf(m[0].Id);

        var seen = new List<decimal>();
        var request = ApiScenario.Compare(topic);
        request.PageSize = 2;
        var pages = 0;
        do
        {
            var page = await lead.CompareTargetAsync(request);
            Assert.Equal(6, page.Figures.DistrictCount); // figures repeat on every page
            seen.AddRange(page.Rows.Select(Value));
            request.PageToken = page.NextPageToken;
            pages++;
        }
        while (request.PageToken.Length > 0);

        Assert.Equal(3, pages);
        Assert.Equal([2m, 3m, 4m, 5m, 6m], seen);

        var firstPage = await lead.CompareTargetAsync(new CompareTargetRequest(ApiScenario.Compare(topic)) { PageSize = 1 });
        var otherTarget = ApiScenario.Compare(topic, "STAGE");
        otherTarget.PageToken = firstPage.NextPageToken;
        await RpcAssert.InvalidFields(() => lead.CompareTargetAsync(otherTarget).ResponseAsync, "page_token");
    }

    [Fact]
    public async Task Every_revealing_answer_is_audited_and_only_staff_list_the_audit()
    {
        var topic = await fixture.OpenTopicAsync();
        var m = await fixture.MembersAsync(6);
        await fixture.AcceptPctAsync(topic, [.. m.Select((member, i) => (member, (decimal)(i + 1)))]);
        var lead = fixture.LeadOf(m[0].Id);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        await lead.CompareTargetAsync(ApiScenario.Compare(topic));
        var audits = await fixture.Staff().ListReadAuditsAsync(new ListReadAuditsRequest
        {
            CallerDistrictId = m[0].Id.ToString(),
            StartTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(before),
        });

        var audit = Assert.Single(audits.Audits);
        Assert.Equal(("CompareTarget", $"lead-{m[0].Id}", "district-lead"), (audit.Operation, audit.Subject, audit.CallerRole));
        Assert.Equal((topic.CycleId.ToString(), topic.TopicId.ToString(), topic.TargetId("PCT").ToString()), (audit.CycleId, audit.TopicId, audit.TargetId));
        Assert.Equal(m.Skip(1).Select(x => x.Id.ToString()).Order(), audit.RevealedDistrictIds.Order());
        Assert.Equal(6, audit.AggregateDistrictCount);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => lead.ListReadAuditsAsync(new ListReadAuditsRequest()).ResponseAsync);
    }

    [Fact]
    public async Task The_comparison_is_also_plain_json_over_http()
    {
        var topic = await fixture.OpenTopicAsync();
        var m = await fixture.MembersAsync(5);
        await fixture.AcceptPctAsync(topic, [.. m.Select((member, i) => (member, (decimal)(i * 10)))]);
        using var http = fixture.Service.Http(fixture.Service.Tokens.Issue("staff-1", Contracts.Security.Roles.ConsortiumStaff));

        var json = await http.GetFromJsonAsync<JsonElement>(
            $"/v1/cycles/{topic.CycleId}/targets/{topic.TargetId("PCT")}:compare?scope.filter.state={m[0].State}&pageSize=2",
            TestContext.Current.CancellationToken);

        Assert.Equal(5, json.GetProperty("figures").GetProperty("districtCount").GetInt32());
        Assert.Equal("20", json.GetProperty("figures").GetProperty("numeric").GetProperty("median").GetProperty("value").GetString());
        Assert.Equal(2, json.GetProperty("rows").GetArrayLength());
    }

    [Fact]
    public async Task Staff_page_through_the_audit_newest_first()
    {
        var topic = await fixture.OpenTopicAsync();
        var m = await fixture.MembersAsync(6);
        await fixture.AcceptPctAsync(topic, [.. m.Select((member, i) => (member, (decimal)i))]);
        foreach (var member in m.Take(3))
        {
            await fixture.LeadOf(member.Id).CompareTargetAsync(ApiScenario.Compare(topic));
        }

        var request = new ListReadAuditsRequest { Subject = $"lead-{m[1].Id}", PageSize = 1 };
        var only = await fixture.Staff().ListReadAuditsAsync(request);
        var all = new List<ReadAudit>();
        request = new ListReadAuditsRequest { PageSize = 1 };
        do
        {
            var page = await fixture.Staff().ListReadAuditsAsync(request);
            all.AddRange(page.Audits);
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);

        Assert.Equal(m[1].Id.ToString(), Assert.Single(only.Audits).CallerDistrictId);
        Assert.Empty(only.NextPageToken);
        Assert.Equal(all.OrderByDescending(a => a.OccurTime.ToDateTimeOffset()).ThenByDescending(a => a.AuditId, StringComparer.Ordinal).Select(a => a.AuditId), all.Select(a => a.AuditId));
        Assert.Equal(all.Count, all.Select(a => a.AuditId).Distinct().Count());
        Assert.True(all.Count >= 3);
        await RpcAssert.InvalidFields(
            () => fixture.Staff().ListReadAuditsAsync(new ListReadAuditsRequest
            {
                CallerDistrictId = "x",
                StartTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow),
                EndTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddHours(-1)),
            }).ResponseAsync,
            "caller_district_id", "end_time");
    }

    private static decimal Value(ComparisonRow row) => row.RowCase switch
    {
        ComparisonRow.RowOneofCase.Named => row.Named.Value.Number(),
        ComparisonRow.RowOneofCase.Anonymous => row.Anonymous.Value.Number(),
        _ => row.Staff.Value.Number(),
    };
}
