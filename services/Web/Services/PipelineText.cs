using Consortium.Contracts.Pipeline.V1;

namespace Consortium.Web.Services;

/// <summary>How the pipeline pages word stages, readiness and a leader's latest assessment.</summary>
public static class PipelineText
{
    public static string Stage(PipelineStage stage) => stage switch
    {
        PipelineStage.Aspiring => "Aspiring",
        PipelineStage.Emerging => "Emerging",
        PipelineStage.Established => "Established",
        PipelineStage.SystemLeader => "System leader",
        _ => "",
    };

    public static string Readiness(ReadinessLevel level) => level switch
    {
        ReadinessLevel.ReadyNow => "Ready now",
        ReadinessLevel.Ready1To2Years => "Ready in 1–2 years",
        ReadinessLevel.Ready3PlusYears => "Ready in 3+ years",
        _ => "Not assessed",
    };

    /// <summary>The most recent assessment (the service keeps them oldest first), e.g. "Ready now for PRINCIPAL (12 Mar 2026)".</summary>
    public static string LatestReadiness(Leader leader) =>
        leader.Readiness.LastOrDefault() is { } latest
            ? $"{Readiness(latest.Level)} for {latest.TargetRoleCode}{(latest.AssessedOn is { } on ? $" ({Date(on)})" : "")}"
            : "Not assessed";

    public static string Date(Google.Type.Date? date) =>
        date is null || date.Year == 0 ? "" : new DateOnly(date.Year, date.Month, date.Day).ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
