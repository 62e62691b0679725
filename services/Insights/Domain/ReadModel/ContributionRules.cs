namespace Consortium.Insights.Domain.ReadModel;

/// <summary>
/// The projection rule of the read model, as pure functions: what a district's contributions to a
/// topic should be, given its accepted submissions, and which changes take what it holds there.
/// The consumers apply an event by this rule for the one (district, topic) it touches; the full
/// rebuild applies the same rule to every (district, topic), so the two cannot disagree by design,
/// and a property test proves the incremental path ends where the full computation does.
/// </summary>
public static class ContributionRules
{
    /// <summary>
    /// For each target, the value from the most recently accepted submission that answered it (a
    /// district may hold several accepted submissions for a topic, one per kind; ties by id), text
    /// targets left out. Depends only on the submissions, never on the order their events came in.
    /// </summary>
    public static IReadOnlyDictionary<Guid, Contribution> Desired(IEnumerable<AcceptedSubmission> accepted, IReadOnlySet<Guid> textTargetIds)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        ArgumentNullException.ThrowIfNull(textTargetIds);
        var contributions = new Dictionary<Guid, Contribution>();
        foreach (var submission in accepted.OrderBy(s => s.AcceptedAt).ThenBy(s => s.SubmissionId))
        {
            foreach (var answer in submission.Answers.Where(a => !textTargetIds.Contains(a.TargetId)))
            {
                contributions[answer.TargetId] = new Contribution(
                    answer.TargetId, answer.TargetCode, answer.Value, submission.SubmissionId, submission.Visibility, submission.AcceptedAt);
            }
        }

        return contributions;
    }

    /// <summary>
    /// The changes that turn <paramref name="current"/> into <paramref name="desired"/>, one per
    /// target that differs, in target id order (the order rows are written in, so two writers
    /// never wait on each other in a cycle). Cost: the district's targets in the topic, never the
    /// number of districts.
    /// </summary>
    public static IReadOnlyList<ContributionChange> Changes(
        IReadOnlyDictionary<Guid, Contribution> current, IReadOnlyDictionary<Guid, Contribution> desired)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(desired);
        var changes = new List<ContributionChange>();
        foreach (var targetId in current.Keys.Union(desired.Keys).Order())
        {
            var before = current.GetValueOrDefault(targetId);
            var after = desired.GetValueOrDefault(targetId);
            if (before != after)
            {
                changes.Add(new ContributionChange(targetId, before, after));
            }
        }

        return changes;
    }
}
