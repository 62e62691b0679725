namespace Consortium.AppHost.Orchestration;

/// <summary>Where a resource is in its life, as the status table and <c>resources.json</c> show it.</summary>
public enum ResourceState
{
    Starting,
    Healthy,
    Restarting,
    Stopping,
    Stopped,
    Failed,
}
