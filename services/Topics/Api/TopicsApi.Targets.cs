using Consortium.Contracts.Topics.V1;
using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Grpc;
using Consortium.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Domain = Consortium.Topics.Domain;

namespace Consortium.Topics.Api;

/// <summary>Target RPCs: add, replace and remove targets of a draft topic; each returns the whole topic.</summary>
public sealed partial class TopicsApi
{
    [Authorize(Policy = Policies.Staff)]
    public override Task<Topic> AddTarget(AddTargetRequest request, ServerCallContext context)
    {
        var definition = TargetInput(request.Target);
        return ChangeTopicAsync(request.TopicId, request.RequestId, request.HasExpectedVersion ? request.ExpectedVersion : null, nameof(AddTarget), request, context,
            (topic, now, _) =>
            {
                topic.AddTarget(definition, now);
                return Task.CompletedTask;
            });
    }

    [Authorize(Policy = Policies.Staff)]
    public override Task<Topic> UpdateTarget(UpdateTargetRequest request, ServerCallContext context)
    {
        var targetId = ProtoConversions.ParseId(request.TargetId, "target_id");
        var definition = TargetInput(request.Target);
        return ChangeTopicAsync(request.TopicId, request.RequestId, request.HasExpectedVersion ? request.ExpectedVersion : null, nameof(UpdateTarget), request, context,
            (topic, now, _) =>
            {
                topic.UpdateTarget(targetId, definition, now);
                return Task.CompletedTask;
            });
    }

    [Authorize(Policy = Policies.Staff)]
    public override Task<Topic> RemoveTarget(RemoveTargetRequest request, ServerCallContext context)
    {
        var targetId = ProtoConversions.ParseId(request.TargetId, "target_id");
        return ChangeTopicAsync(request.TopicId, request.RequestId, request.HasExpectedVersion ? request.ExpectedVersion : null, nameof(RemoveTarget), request, context,
            (topic, now, _) =>
            {
                topic.RemoveTarget(targetId, now);
                return Task.CompletedTask;
            });
    }

    private static Domain.TargetDefinition TargetInput(TargetDefinition? target)
    {
        var violations = new Violations();
        var definition = TopicsInputs.ToDomain(target, Domain.TopicFields.Target, violations);
        violations.ThrowIfAny();
        return definition;
    }
}
