using Consortium.ServiceDefaults.Domain;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Consortium.ServiceDefaults.Grpc;

/// <summary>
/// Refuses a request that carries fields or enum numbers its contract does not define, before
/// any endpoint sees it, for reads and writes, over gRPC and JSON alike (JSON transcoding
/// parses into the same message). Registered after <see cref="ErrorMappingInterceptor"/>, which
/// turns the <see cref="DomainValidationException"/> into INVALID_ARGUMENT with a BadRequest.
/// </summary>
internal sealed class StrictRequestInterceptor : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        if (request is IMessage message && StrictMessage.Inspect(message) is { Count: > 0 } violations)
        {
            throw new DomainValidationException(violations);
        }

        return continuation(request, context);
    }
}
