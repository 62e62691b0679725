namespace Consortium.AppHost.Orchestration;

/// <summary>One row of the status table and of <c>resources.json</c>.</summary>
public sealed record ResourceStatus(
    string Name,
    string Kind,
    ResourceState State,
    int? ProcessId,
    IReadOnlyDictionary<string, string> Endpoints,
    string? Detail = null);
