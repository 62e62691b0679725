using Consortium.ServiceDefaults.Domain;

namespace Consortium.Topics.Domain;

/// <summary>A draft topic's targets: added, replaced and removed one at a time, each checked alone and against the others.</summary>
public sealed partial class Topic
{
    /// <summary>Rule code for removing a target that another target names as its whole.</summary>
    public const string TargetInUseRule = "TARGET_IN_USE";

    /// <summary>Adds a target; violations are reported under <c>target.</c>.</summary>
    public Target AddTarget(TargetDefinition definition, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(definition);
        RequireDraft("add a target");
        var violations = new Violations();
        violations.Require(_targets.Count < TargetListRules.MaxTargets, TopicFields.Target, $"A topic has at most {TargetListRules.MaxTargets} targets.");
        var target = ValidTarget(Guid.CreateVersion7(now), definition, _targets, replaced: null, violations, TopicFields.Target);
        violations.ThrowIfAny();

        _targets.Add(target!);
        Touch(now);
        return target!;
    }

    /// <summary>Replaces a target's definition, keeping its id and position; returns whether anything changed.</summary>
    public bool UpdateTarget(Guid targetId, TargetDefinition definition, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var index = IndexOf(targetId);
        RequireDraft("change its targets");
        var current = _targets[index];
        var others = _targets.Where((_, i) => i != index).ToList();
        var violations = new Violations();
        var target = ValidTarget(targetId, definition, others, current, violations, TopicFields.Target);
        violations.ThrowIfAny();

        if (target!.HasSameDefinitionAs(current))
        {
            return false;
        }

        _targets[index] = target;
        Touch(now);
        return true;
    }

    /// <summary>Removes a target that no other target names as its whole.</summary>
    public void RemoveTarget(Guid targetId, DateTimeOffset now)
    {
        var index = IndexOf(targetId);
        RequireDraft("remove a target");
        var target = _targets[index];
        if (TargetListRules.PartsOf(_targets, target.Code) is { Count: > 0 } parts)
        {
            throw new RuleViolationException($"{Subject}/targets/{target.Code}", TargetInUseRule,
                $"{string.Join(", ", parts)} {(parts.Count == 1 ? "is" : "are")} declared part of {target.Code}; change or remove {(parts.Count == 1 ? "it" : "them")} first.");
        }

        _targets.RemoveAt(index);
        Touch(now);
    }

    /// <summary>Validates and adds many targets at once (a new or carried topic), reporting under <c>targets[i].</c>.</summary>
    private void AddValidTargets(IReadOnlyList<TargetDefinition> definitions, Violations violations, DateTimeOffset now)
    {
        if (definitions.Count > TargetListRules.MaxTargets)
        {
            violations.Add(TopicFields.Targets, $"A topic has at most {TargetListRules.MaxTargets} targets.");
            return;
        }

        // Each target is checked alone first, then against all the others, so a part may be listed before its whole.
        var valid = new List<(int Index, Target Target)>();
        for (var i = 0; i < definitions.Count; i++)
        {
            if (TargetValidation.Validate(definitions[i], violations, $"{TopicFields.Targets}[{i}]") is { } definition)
            {
                valid.Add((i, new Target(Guid.CreateVersion7(now), definition)));
            }
        }

        var all = valid.Select(entry => entry.Target).ToList();
        foreach (var (index, target) in valid)
        {
            TargetListRules.Check([.. all.Where(other => other != target)], target, replaced: null, violations, $"{TopicFields.Targets}[{index}]");
        }

        _targets.AddRange(all);
    }

    private static Target? ValidTarget(Guid targetId, TargetDefinition definition, IReadOnlyList<Target> others, Target? replaced, Violations violations, string prefix)
    {
        if (TargetValidation.Validate(definition, violations, prefix) is not { } valid)
        {
            return null;
        }

        var target = new Target(targetId, valid);
        TargetListRules.Check(others, target, replaced, violations, prefix);
        return target;
    }

    private int IndexOf(Guid targetId)
    {
        var index = _targets.FindIndex(target => target.TargetId == targetId);
        return index >= 0 ? index : throw new NotFoundException("target", $"{Id}/{targetId}");
    }
}
