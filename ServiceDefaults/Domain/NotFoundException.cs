namespace Consortium.ServiceDefaults.Domain;

/// <summary>The named resource does not exist (or the caller may not know it exists). gRPC <c>NotFound</c>.</summary>
public sealed class NotFoundException(string resourceType, string resourceName)
    : Exception($"{resourceType} '{Echo.Of(resourceName)}' was not found.")
{
    public string ResourceType { get; } = resourceType;

    public string ResourceName { get; } = Echo.Of(resourceName);
}
