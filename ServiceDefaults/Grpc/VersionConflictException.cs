namespace Consortium.ServiceDefaults.Grpc;

/// <summary>The caller's <c>expected_version</c> is stale: someone changed the resource since it was read. gRPC <c>Aborted</c>.</summary>
public sealed class VersionConflictException(string resource, int expected, int actual)
    : Exception($"{resource} is at version {actual}, not {expected}: it changed since you read it. Read it again and retry.");
