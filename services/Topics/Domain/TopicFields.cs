namespace Consortium.Topics.Domain;

/// <summary>The API field names topic violations are reported against (snake_case, as in the proto).</summary>
public static class TopicFields
{
    public const string Title = "title";
    public const string Description = "description";
    public const string FocusArea = "focus_area";
    public const string BenchmarkKinds = "benchmark_kinds";
    public const string WhyItMatters = "why_it_matters";
    public const string Targets = "targets";

    /// <summary>The single target of AddTarget and UpdateTarget.</summary>
    public const string Target = "target";
}
