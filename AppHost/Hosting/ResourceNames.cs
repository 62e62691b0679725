namespace Consortium.Hosting;

/// <summary>
/// Names of the resources the AppHost runs, shared with the tests. They become the keys services
/// read, e.g. <c>ConnectionStrings__messaging</c> or <c>ConnectionStrings__districts-db</c>,
/// exactly as Aspire would name them.
/// </summary>
public static class ResourceNames
{
    public const string Postgres = "postgres";
    public const string RabbitMq = "messaging";
    public const string Redis = "cache";

    public const string Districts = "districts";
    public const string DistrictsDb = "districts-db";
    public const string Topics = "topics";
    public const string TopicsDb = "topics-db";
    public const string Submissions = "submissions";
    public const string SubmissionsDb = "submissions-db";
    public const string Pipeline = "pipeline";
    public const string PipelineDb = "pipeline-db";
    public const string Insights = "insights";
    public const string InsightsDb = "insights-db";
    public const string Identity = "identity";
    public const string IdentityDb = "identity-db";
    public const string Web = "web";

    /// <summary>The database of every service that owns one.</summary>
    public static IReadOnlyList<string> Databases { get; } =
        [DistrictsDb, TopicsDb, SubmissionsDb, PipelineDb, InsightsDb];
}
