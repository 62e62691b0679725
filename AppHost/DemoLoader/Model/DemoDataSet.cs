using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Consortium.DemoLoader.Model;

/// <summary>The demo consortium as read from its data directory.</summary>
internal sealed record DemoDataSet(
    DistrictsFile Districts,
    TopicsFile Topics,
    CyclesFile Cycles,
    SubmissionsFile Submissions,
    PipelineFile Pipeline,
    PeopleFile People)
{
    public static DemoDataSet Read(string directory) => new(
        ReadFile(directory, "districts.json", DemoJsonContext.Default.DistrictsFile),
        ReadFile(directory, "topics.json", DemoJsonContext.Default.TopicsFile),
        ReadFile(directory, "cycles.json", DemoJsonContext.Default.CyclesFile),
        ReadFile(directory, "submissions.json", DemoJsonContext.Default.SubmissionsFile),
        ReadFile(directory, "pipeline.json", DemoJsonContext.Default.PipelineFile),
        ReadFile(directory, "people.json", DemoJsonContext.Default.PeopleFile));

    public DemoTopic Topic(string title) => Topics.Topics.Single(topic => topic.Title == title);

    private static T ReadFile<T>(string directory, string name, JsonTypeInfo<T> type)
    {
        var path = Path.Combine(directory, name);
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize(stream, type) ?? throw new DemoDataException($"{path} is empty.");
        }
        catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new DemoDataException($"Cannot read {path}: {exception.Message}", exception);
        }
    }
}
