using Consortium.Contracts.Topics.V1;
using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Grpc;
using Consortium.ServiceDefaults.Messaging;
using Consortium.ServiceDefaults.Security;
using Consortium.Topics.Messaging;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Domain = Consortium.Topics.Domain;

namespace Consortium.Topics.Api;

/// <summary>Topic RPCs: create, read, edit a draft, publish, retire, carry forward.</summary>
public sealed partial class TopicsApi
{
    [Authorize(Policy = Policies.Staff)]
    public override Task<Topic> CreateTopic(CreateTopicRequest request, ServerCallContext context)
    {
        var cycleId = ProtoConversions.ParseId(request.CycleId, "cycle_id");
        return requests.RunOnceAsync(context.GetCaller(), request.RequestId, nameof(CreateTopic), request, async cancellationToken =>
        {
            var violations = new Violations();
            var targets = request.Targets.Select((target, i) => TopicsInputs.ToDomain(target, $"{Domain.TopicFields.Targets}[{i}]", violations)).ToList();
            violations.ThrowIfAny();

            var cycle = await FindCycleAsync(cycleId, cancellationToken, tracking: false);
            var topic = Domain.Topic.Create(cycle, Details(request.Title, request.Description, request.FocusArea, request.BenchmarkKinds, request.WhyItMatters), targets, time.GetUtcNow());
            db.Topics.Add(topic);
            await db.SaveChangesAsync(cancellationToken);
            return topic.ToProto();
        }, context.CancellationToken);
    }

    public override async Task<Topic> GetTopic(GetTopicRequest request, ServerCallContext context)
    {
        var topicId = ProtoConversions.ParseId(request.TopicId, "topic_id");
        var topic = await FindTopicAsync(topicId, context.CancellationToken, tracking: false);
        return MaySee(context.GetCaller(), topic) ? topic.ToProto() : throw new NotFoundException("topic", topicId.ToString());
    }

    public override Task<ListTopicsResponse> ListTopics(ListTopicsRequest request, ServerCallContext context) =>
        TopicCatalog.ListAsync(db, context.GetCaller(), request, context.CancellationToken);

    [Authorize(Policy = Policies.Staff)]
    public override Task<Topic> UpdateTopic(UpdateTopicRequest request, ServerCallContext context) =>
        ChangeTopicAsync(request.TopicId, request.RequestId, request.HasExpectedVersion ? request.ExpectedVersion : null, nameof(UpdateTopic), request, context,
            (topic, now, _) =>
            {
                var details = Details(
                    request.HasTitle ? request.Title : topic.Title,
                    request.HasDescription ? request.Description : topic.Description,
                    request.HasFocusArea ? request.FocusArea : topic.FocusArea,
                    request.BenchmarkKinds.Count > 0 ? request.BenchmarkKinds : null,
                    request.HasWhyItMatters ? request.WhyItMatters : topic.WhyItMatters,
                    topic.BenchmarkKinds);
                topic.UpdateDetails(details, now);
                return Task.CompletedTask;
            });

    [Authorize(Policy = Policies.Staff)]
    public override Task<Topic> PublishTopic(PublishTopicRequest request, ServerCallContext context) =>
        ChangeTopicAsync(request.TopicId, request.RequestId, request.HasExpectedVersion ? request.ExpectedVersion : null, nameof(PublishTopic), request, context,
            async (topic, now, cancellationToken) =>
            {
                topic.Publish(await FindCycleAsync(topic.CycleId, cancellationToken, tracking: false), now);
                db.AddIntegrationEvent(TopicEvents.Published(topic, now));
            });

    [Authorize(Policy = Policies.Staff)]
    public override Task<Topic> RetireTopic(RetireTopicRequest request, ServerCallContext context) =>
        ChangeTopicAsync(request.TopicId, request.RequestId, request.HasExpectedVersion ? request.ExpectedVersion : null, nameof(RetireTopic), request, context,
            (topic, now, _) =>
            {
                topic.Retire(now);
                db.AddIntegrationEvent(TopicEvents.Retired(topic, now));
                return Task.CompletedTask;
            });

    [Authorize(Policy = Policies.Staff)]
    public override Task<Topic> CarryForwardTopic(CarryForwardTopicRequest request, ServerCallContext context)
    {
        var violations = new Violations();
        var topicId = ProtoConversions.ParseId(request.TopicId, "topic_id", violations);
        var targetCycleId = ProtoConversions.ParseId(request.TargetCycleId, "target_cycle_id", violations);
        violations.ThrowIfAny();
        return requests.RunOnceAsync(context.GetCaller(), request.RequestId, nameof(CarryForwardTopic), request, async cancellationToken =>
        {
            var source = await FindTopicAsync(topicId, cancellationToken, tracking: false);
            var ownCycle = await FindCycleAsync(source.CycleId, cancellationToken, tracking: false);
            var laterCycle = await FindCycleAsync(targetCycleId, cancellationToken, tracking: false);
            var copy = source.CarryForward(ownCycle, laterCycle, time.GetUtcNow());
            if (await db.Topics.AnyAsync(topic => topic.CarriedFromTopicId == source.Id && topic.CycleId == laterCycle.Id, cancellationToken))
            {
                throw new AlreadyExistsException("topic", $"{source.Id}@{laterCycle.Id}", $"\"{source.Title}\" was already carried into cycle {laterCycle.Label}.");
            }

            db.Topics.Add(copy);
            await db.SaveChangesAsync(cancellationToken);
            return copy.ToProto();
        }, context.CancellationToken);
    }

    /// <summary>The shape of every change to one topic: find, check the version, apply, save (with its event, if any).</summary>
    private Task<Topic> ChangeTopicAsync(
        string topicIdText,
        string requestId,
        int? expectedVersion,
        string operation,
        Google.Protobuf.IMessage request,
        ServerCallContext context,
        Func<Domain.Topic, DateTimeOffset, CancellationToken, Task> change)
    {
        var topicId = ProtoConversions.ParseId(topicIdText, "topic_id");
        return requests.RunOnceAsync(context.GetCaller(), requestId, operation, request, async cancellationToken =>
        {
            var topic = await FindTopicAsync(topicId, cancellationToken);
            RequireVersion($"Topic {topic.Id}", topic.Version, expectedVersion);
            await change(topic, time.GetUtcNow(), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return topic.ToProto();
        }, context.CancellationToken);
    }

    private static Domain.TopicDetails Details(
        string title,
        string description,
        string focusArea,
        IEnumerable<BenchmarkKind>? kinds,
        string? whyItMatters,
        IReadOnlyList<Domain.BenchmarkKind>? currentKinds = null) =>
        new(title, description, focusArea, kinds is null ? currentKinds ?? [] : TopicsInputs.ToDomain(kinds), whyItMatters);
}
