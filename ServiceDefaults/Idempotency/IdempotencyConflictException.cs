namespace Consortium.ServiceDefaults.Idempotency;

/// <summary>A request id was reused for a different request. gRPC <c>AlreadyExists</c>.</summary>
public sealed class IdempotencyConflictException(string requestId)
    : Exception($"request_id '{Domain.Echo.Of(requestId)}' was already used for a different request. Use a new request_id for a new change.");
