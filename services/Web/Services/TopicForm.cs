using Consortium.Contracts.Topics.V1;

namespace Consortium.Web.Services;

/// <summary>A new topic as staff write it; the Topics service checks it and names the fields.</summary>
public sealed class TopicForm
{
    public static readonly string[] Fields = ["title", "description", "focus_area", "benchmark_kinds", "why_it_matters"];

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    public string FocusArea { get; set; } = "";

    public string WhyItMatters { get; set; } = "";

    public HashSet<BenchmarkKind> Kinds { get; } = [];

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
