namespace Consortium.ServiceDefaults.Domain;

/// <summary>The resource being created already exists (e.g. a second district with the same NCES id). gRPC <c>AlreadyExists</c>.</summary>
public sealed class AlreadyExistsException(string resourceType, string resourceName, string message) : Exception(message)
{
    public string ResourceType { get; } = resourceType;

    public string ResourceName { get; } = resourceName;
}
