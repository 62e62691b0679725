using System.Diagnostics;
using Consortium.Contracts.Events.Districts.V1;
using Consortium.Contracts.Events.Submissions.V1;
using Consortium.Contracts.Events.Topics.V1;
using Consortium.Contracts.Submissions.V1;
using Consortium.Hosting;
using Consortium.ServiceDefaults.Messaging;
using Consortium.Submissions.Data;
using Consortium.Testing;
using Consortium.Testing.Services;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Roles = Consortium.Contracts.Security.Roles;

namespace Consortium.Submissions.Tests.Api;

/// <summary>
/// The Submissions service against its own database and virtual host; a publisher that plays
/// Districts and Topics (their contract events feed the service's copies); a collector that
/// plays Insights (receives what Submissions publishes); and clients per role.
/// </summary>
public sealed class SubmissionsServiceFixture(TestInfrastructure servers) : IAsyncLifetime
{
    private static int _nextLeaId;

    private ServiceUnderTest<Program>? _service;
    private EventPublisher? _publisher;
    private EventCollector? _events;

    public ServiceUnderTest<Program> Service => _service ?? throw new InvalidOperationException("Not started.");

    public EventPublisher Publisher => _publisher ?? throw new InvalidOperationException("Not started.");

    public EventCollector Events => _events ?? throw new InvalidOperationException("Not started.");

    public async ValueTask InitializeAsync()
    {
        var environment = await ServiceEnvironment.CreateAsync(servers, ResourceNames.SubmissionsDb);
        _service = new ServiceUnderTest<Program>(environment);
        // Consumers' queues must be bound before anything is published, or the first events are lost.
        await Service.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        _publisher = await EventPublisher.StartAsync(environment.MessagingConnectionString);
        _events = await EventCollector.StartAsync(
            environment.MessagingConnectionString,
            typeof(SubmissionSubmitted), typeof(SubmissionReturned), typeof(SubmissionAccepted), typeof(SubmissionWithdrawn));
    }

    public async ValueTask DisposeAsync()
    {
        if (_events is not null)
        {
            await _events.DisposeAsync();
        }

        if (_publisher is not null)
        {
            await _publisher.DisposeAsync();
        }

        if (_service is not null)
        {
            await _service.DisposeAsync();
        }
    }

    public SubmissionsService.SubmissionsServiceClient Client(string? token) => new(Service.Channel(token));

    public SubmissionsService.SubmissionsServiceClient Staff() => Client(Service.Tokens.Issue("staff-1", Roles.ConsortiumStaff));

    public SubmissionsService.SubmissionsServiceClient LeadOf(Guid districtId) => Client(LeadToken(districtId));

    public string LeadToken(Guid districtId) => Service.Tokens.Issue($"lead-{districtId}", Roles.DistrictLead, districtId);

    /// <summary>Reads the service's database directly, to check what was (not) written.</summary>
    public async Task<T> QueryAsync<T>(Func<SubmissionsDbContext, Task<T>> query)
    {
        await using var scope = Service.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<SubmissionsDbContext>());
    }

    public Task<int> CountOutboxAsync() => QueryAsync(db => db.Set<OutboxMessage>().CountAsync());

    public Task<int> CountVersionsAsync(string submissionId) =>
        QueryAsync(db => db.SubmissionVersions.CountAsync(v => v.SubmissionId == Guid.Parse(submissionId)));

    /// <summary>Polls the service's database until <paramref name="condition"/> holds (events are applied asynchronously).</summary>
    public async Task WaitUntilAsync(Func<SubmissionsDbContext, Task<bool>> condition, string description)
    {
        var deadline = Stopwatch.StartNew();
        while (!await QueryAsync(condition))
        {
            if (deadline.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException($"Timed out waiting for: {description}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>A district that joined (as Districts announces it), with its copy in place.</summary>
    public async Task<Guid> JoinedDistrictAsync(SharingPreferenceV1 sharing = SharingPreferenceV1.Named, MembershipStatusV1 status = MembershipStatusV1.Active)
    {
        var joined = ContractEvents.DistrictJoined(Guid.CreateVersion7(), 1, sharing, status, $"53{Interlocked.Increment(ref _nextLeaId) % 100_000:00000}");
        await Publisher.PublishAsync(joined);
        await WaitUntilAsync(db => db.Districts.AnyAsync(d => d.Id == joined.DistrictId && d.NameVersion == 1), $"district {joined.DistrictId}");
        return joined.DistrictId;
    }

    /// <summary>An open cycle with one published topic (as Topics announces them), with the copies in place.</summary>
    public async Task<TopicPublished> OpenTopicAsync(DateTimeOffset? opensAt = null, DateTimeOffset? closesAt = null)
    {
        var cycle = ContractEvents.CycleOpened(Guid.CreateVersion7(), 2, opensAt ?? DateTimeOffset.UtcNow.AddDays(-7), closesAt ?? DateTimeOffset.UtcNow.AddDays(7));
        var topic = ContractEvents.StudentVoiceTopic(cycle.CycleId);
        await Publisher.PublishAsync(cycle);
        await Publisher.PublishAsync(topic);
        await WaitUntilAsync(
            async db => await db.Cycles.AnyAsync(c => c.Id == cycle.CycleId && c.WindowVersion == 2) && await db.Topics.AnyAsync(t => t.Id == topic.TopicId && t.IsPublished),
            $"cycle {cycle.CycleId} and topic {topic.TopicId}");
        return topic;
    }

    /// <summary>A district's draft on a fresh open topic.</summary>
    public async Task<(Guid DistrictId, TopicPublished Topic, Submission Draft)> DraftAsync(
        SharingPreferenceV1 sharing = SharingPreferenceV1.Named, Visibility visibility = Visibility.Unspecified, bool complete = true)
    {
        var districtId = await JoinedDistrictAsync(sharing);
        var topic = await OpenTopicAsync();
        var request = NewDraft(districtId, topic.TopicId, complete);
        request.Visibility = visibility;
        var draft = await LeadOf(districtId).CreateSubmissionAsync(request);
        return (districtId, topic, draft);
    }

    /// <summary>A submission accepted by staff.</summary>
    public async Task<(Guid DistrictId, Submission Accepted)> AcceptedAsync(SharingPreferenceV1 sharing = SharingPreferenceV1.Named, Visibility visibility = Visibility.Unspecified)
    {
        var (districtId, _, draft) = await DraftAsync(sharing, visibility);
        await LeadOf(districtId).SubmitAsync(new SubmitRequest { SubmissionId = draft.SubmissionId });
        var accepted = await Staff().AcceptAsync(new AcceptRequest { SubmissionId = draft.SubmissionId });
        return (districtId, accepted);
    }

    public static CreateSubmissionRequest NewDraft(Guid districtId, Guid topicId, bool complete = true)
    {
        var request = new CreateSubmissionRequest
        {
            DistrictId = districtId.ToString(),
            TopicId = topicId.ToString(),
            Kind = BenchmarkKind.Practice,
            Title = "Student advisory councils",
            Narrative = "Every high school runs a student advisory council that meets the principal monthly.",
            EvidenceLinks = { "https://www.lwsd.org/student-voice" },
            Contact = new ContactPerson { Name = "Jane Rivera", Email = "jrivera@lwsd.org" },
        };
        if (complete)
        {
            request.Values.Add(Number("ENROLLED", "1200"));
            request.Values.Add(Number("IN-ADVANCED", "480"));
            request.Values.Add(Number("PCT-VOICE", "62.5"));
        }

        return request;
    }

    public static TargetValue Number(string code, string number) =>
        new() { TargetCode = code, Number = new Google.Type.Decimal { Value = number } };
}
