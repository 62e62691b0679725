using Consortium.Contracts.Submissions.V1;
using Consortium.Contracts.Topics.V1;

namespace Consortium.DemoLoader.Model;

internal static partial class DemoDataCheck
{
    private static void CheckSubmissions(DemoDataSet data, string cycle, IReadOnlyList<DemoSubmission> submissions, IReadOnlyList<string> cycleTopics, List<string> problems)
    {
        Duplicates(submissions.Select(s => $"{s.District} on \"{s.Topic}\""), $"submissions.json: {cycle} submission from", problems);
        foreach (var submission in submissions)
        {
            var where = $"submissions.json: {cycle} submission from {submission.District} on \"{submission.Topic}\"";
            Require(data.Districts.Districts.Any(d => d.NcesLeaId == submission.District), $"{where}: no such district", problems);
            Require(cycleTopics.Contains(submission.Topic), $"{where}: the {cycle} cycle has no such topic", problems);
            Require(submission.Kind != Contracts.Submissions.V1.BenchmarkKind.Unspecified, $"{where} needs a kind", problems);
            Require(submission.ImplementationStage != ImplementationStage.Unspecified, $"{where} needs an implementation stage", problems);
            Require((submission.Outcome == ReviewOutcome.Returned) == (submission.ReviewerComments is not null), $"{where}: reviewer comments go with a returned submission, and only with it", problems);
            if (data.Topics.Topics.SingleOrDefault(t => t.Title == submission.Topic) is { } topic)
            {
                CheckValues(data.Topics, topic, submission, where, problems);
            }
        }
    }

    private static void CheckValues(TopicsFile topics, DemoTopic topic, DemoSubmission submission, string where, List<string> problems)
    {
        Duplicates(submission.Values.Select(v => v.Target), $"{where}: value for", problems);
        foreach (var target in topic.Targets.Where(t => t.Required))
        {
            Require(submission.Values.Any(v => v.Target == target.Code), $"{where}: no value for required target {target.Code}", problems);
        }

        foreach (var value in submission.Values)
        {
            if (topic.Targets.SingleOrDefault(t => t.Code == value.Target) is not { } target)
            {
                problems.Add($"{where}: target {value.Target} is not in the topic");
                continue;
            }

            var fits = target.MeasureType switch
            {
                MeasureType.Rubric => value.RubricRank is { } rank && topics.Rubrics.Any(r => r.Code == target.Rubric && r.Levels.Any(l => l.Rank == rank)),
                MeasureType.YesNo => value.YesNo is not null,
                MeasureType.Text => value.Text is not null,
                _ => value.Number is not null,
            };
            var kinds = new object?[] { value.Number, value.RubricRank, value.YesNo, value.Text }.Count(v => v is not null);
            Require(fits && kinds == 1, $"{where}: the value for {value.Target} does not fit its measure type {target.MeasureType}", problems);
        }
    }
}
