using System.Text.Json;
using System.Text.Json.Serialization;

namespace Consortium.DemoLoader.Model;

/// <summary>
/// Reads the data files: camelCase names, enums by their C# names (<c>"HigherIsBetter"</c>), and
/// an unknown property is an error, so a misspelt field fails loudly instead of loading as empty.
/// Optional members of the records have setters, not init accessors: the generated code passes
/// every init-only member to the object initializer, which would overwrite their defaults with null.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(DistrictsFile))]
[JsonSerializable(typeof(TopicsFile))]
[JsonSerializable(typeof(CyclesFile))]
[JsonSerializable(typeof(SubmissionsFile))]
[JsonSerializable(typeof(PipelineFile))]
[JsonSerializable(typeof(PeopleFile))]
// Topics and Submissions each have a BenchmarkKind; generated code needs distinct names for them.
[JsonSerializable(typeof(Contracts.Topics.V1.BenchmarkKind), TypeInfoPropertyName = "TopicBenchmarkKind")]
[JsonSerializable(typeof(Contracts.Submissions.V1.BenchmarkKind), TypeInfoPropertyName = "SubmissionBenchmarkKind")]
internal sealed partial class DemoJsonContext : JsonSerializerContext;
