using Consortium.Contracts.Topics.V1;

namespace Consortium.Web.Services;

/// <summary>A topic's wording as staff write it, new or while it is a draft; the Topics service checks it and names the fields.</summary>
public sealed class TopicForm
{
    public static readonly string[] Fields = ["title", "description", "focus_area", "benchmark_kinds", "why_it_matters"];

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    public string FocusArea { get; set; } = "";

    public string WhyItMatters { get; set; } = "";

    public HashSet<BenchmarkKind> Kinds { get; } = [];

    public static TopicForm From(Topic topic)
    {
        var form = new TopicForm { Title = topic.Title, Description = topic.Description, FocusArea = topic.FocusArea, WhyItMatters = topic.WhyItMatters };
        form.Kinds.UnionWith(topic.BenchmarkKinds);
        return form;
    }

    /// <summary>
    /// What the service cannot be told in a change: it replaces the kinds only when some are sent,
    /// so none chosen would silently keep the old ones. Said next to the kinds; nothing is sent.
    /// </summary>
    public ServiceError? ChangeProblems() => Kinds.Count > 0 ? null
        : new ServiceError("Some fields need attention; nothing else was changed.", new Dictionary<string, string> { ["benchmark_kinds"] = "Choose at least one kind." }, false);

    /// <summary>The draft's new wording, under the version it was opened at (ABORTED if someone changed it since).</summary>
    public UpdateTopicRequest ToUpdate(Topic topic)
    {
        var request = new UpdateTopicRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            TopicId = topic.TopicId,
            ExpectedVersion = topic.Version,
            Title = Title.Trim(),
            Description = Description.Trim(),
            FocusArea = FocusArea.Trim(),
            WhyItMatters = WhyItMatters.Trim(),
        };
        request.BenchmarkKinds.AddRange(CycleText.Kinds.Where(Kinds.Contains));
        return request;
    }

    public CreateTopicRequest ToRequest(string cycleId)
    {
        var request = new CreateTopicRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            CycleId = cycleId,
            Title = Title.Trim(),
            Description = Description.Trim(),
            FocusArea = FocusArea.Trim(),
            WhyItMatters = WhyItMatters.Trim(),
        };
        // In the order of the enum, as the service returns them.
        request.BenchmarkKinds.AddRange(CycleText.Kinds.Where(Kinds.Contains));
        return request;
    }
}
