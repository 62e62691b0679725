using Consortium.Contracts.Topics.V1;

namespace Consortium.DemoLoader.Model;

/// <summary>
/// Cross-file consistency of the demo data, checked before the first call: a reference that
/// leads nowhere would otherwise fail halfway through a load, with half the demo written.
/// </summary>
internal static partial class DemoDataCheck
{
    /// <summary>Every problem found, each naming the file and the record; empty when the data is consistent.</summary>
    public static IReadOnlyList<string> Problems(DemoDataSet data)
    {
        var problems = new List<string>();
        CheckDistricts(data.Districts, problems);
        CheckTopics(data.Topics, problems);
        CheckCycles(data, problems);
        CheckSubmissions(data, "previous", data.Submissions.Previous, data.Cycles.Previous.Topics, problems);
        CheckSubmissions(data, "current", data.Submissions.Current, [.. data.Cycles.Current.CarriedForward, .. data.Cycles.Current.Topics], problems);
        CheckPipeline(data, problems);
        CheckPeople(data, problems);
        return problems;
    }

    /// <summary>Throws <see cref="DemoDataException"/> listing every problem, if there is one.</summary>
    public static void ThrowIfInconsistent(DemoDataSet data)
    {
        var problems = Problems(data);
        if (problems.Count > 0)
        {
            throw new DemoDataException($"The demo data is inconsistent:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", problems)}");
        }
    }

    private static void CheckDistricts(DistrictsFile file, List<string> problems)
    {
        Duplicates(file.Districts.Select(d => d.NcesLeaId), "districts.json: LEA id", problems);
        Duplicates(file.Districts.Select(d => d.Name), "districts.json: name", problems);
        foreach (var district in file.Districts)
        {
            var where = $"districts.json: {district.NcesLeaId}";
            Require(district.SharingPreference != Contracts.Districts.V1.SharingPreference.Unspecified, $"{where} has no sharing preference", problems);
            Require(district.Contacts.Count(c => c.IsPrimary) == 1, $"{where} needs exactly one primary contact", problems);
            Require(district.Profiles.Count > 0, $"{where} has no context profile", problems);
            Duplicates(district.Profiles.Select(p => p.SchoolYear), $"{where}: profile for school year", problems);
        }
    }

    private static void CheckTopics(TopicsFile file, List<string> problems)
    {
        Duplicates(file.Topics.Select(t => t.Title), "topics.json: title", problems);
        var rubrics = file.Rubrics.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var topic in file.Topics)
        {
            var where = $"topics.json: \"{topic.Title}\"";
            Require(topic.BenchmarkKinds.Count > 0 && !topic.BenchmarkKinds.Contains(BenchmarkKind.Unspecified), $"{where} needs benchmark kinds", problems);
            Require(topic.Targets.Count > 0, $"{where} has no targets", problems);
            Duplicates(topic.Targets.Select(t => t.Code), $"{where}: target", problems);
            var codes = topic.Targets.Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
            foreach (var target in topic.Targets)
            {
                var at = $"{where} target {target.Code}";
                Require(target.MeasureType != MeasureType.Unspecified && target.Direction != Direction.Unspecified, $"{at} needs a measure type and a direction", problems);
                Require(target.PartOf is null || codes.Contains(target.PartOf), $"{at} is part of {target.PartOf}, which the topic does not have", problems);
                Require((target.MeasureType == MeasureType.Rubric) == (target.Rubric is not null), $"{at}: a rubric target names a rubric, and only it", problems);
                Require(target.Rubric is null || rubrics.Contains(target.Rubric), $"{at} names rubric {target.Rubric}, which is not defined", problems);
                Require((target.MeasureType == MeasureType.Scale) == (target.Scale is not null), $"{at}: a scale target has a scale, and only it", problems);
            }
        }
    }

    private static void CheckCycles(DemoDataSet data, List<string> problems)
    {
        var cycles = data.Cycles;
        foreach (var title in cycles.Previous.Topics.Concat(cycles.Current.Topics).Concat(cycles.Current.CarriedForward))
        {
            Require(data.Topics.Topics.Any(t => t.Title == title), $"cycles.json: topic \"{title}\" is not in topics.json", problems);
        }

        foreach (var title in cycles.Current.CarriedForward)
        {
            Require(cycles.Previous.Topics.Contains(title), $"cycles.json: \"{title}\" is carried forward but not in the previous cycle", problems);
            Require(!cycles.Current.Topics.Contains(title), $"cycles.json: \"{title}\" is both carried forward and new", problems);
        }

        Require(cycles.SubmissionWindowDays > 0 && cycles.MeetingDaysAfterClose >= 0, "cycles.json: the submission window must be in the future", problems);
    }

    private static void Duplicates(IEnumerable<string> keys, string what, List<string> problems)
    {
        foreach (var key in keys.GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            problems.Add($"{what} {key} appears more than once");
        }
    }

    private static void Require(bool condition, string problem, List<string> problems)
    {
        if (!condition)
        {
            problems.Add(problem);
        }
    }
}
