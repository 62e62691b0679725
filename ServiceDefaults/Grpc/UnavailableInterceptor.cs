using Consortium.ServiceDefaults.Outages;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using GrpcStatus = Google.Rpc.Status;

namespace Consortium.ServiceDefaults.Grpc;

/// <summary>
/// A call that fails because PostgreSQL (or another server the service needs) cannot be reached
/// answers UNAVAILABLE (HTTP 503 through JSON transcoding) with a <c>google.rpc.RetryInfo</c> and a
/// <c>Retry-After</c> header, and no internals: the caller learns to wait, not how we are built.
/// The outage is logged once by <see cref="OutageLog"/>, not per call. Registered after
/// <see cref="ErrorMappingInterceptor"/>, so it runs inside it and sees the original exception.
/// </summary>
internal sealed class UnavailableInterceptor(OutageLog outages) : Interceptor
{
    /// <summary>How long a caller is asked to wait: supervision restarts a server within a few seconds.</summary>
    internal static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        TResponse response;
        try
        {
            response = await continuation(request, context);
        }
        catch (Exception exception) when (exception is not RpcException && UnreachableServers.Classify(exception) is { } server)
        {
            outages.Failed(server, exception);
            AskToRetryLater(context);
            throw ToRpcException(server);
        }

        // Most calls read the database; a call that worked means it is back.
        outages.Succeeded(UnreachableServers.Database);
        return response;
    }

    internal static RpcException ToRpcException(string server) => new GrpcStatus
    {
        Code = (int)Code.Unavailable,
        Message = $"The service cannot reach its {Describe(server)} right now. Retry in a few seconds.",
        Details = { Any.Pack(new RetryInfo { RetryDelay = Duration.FromTimeSpan(RetryDelay) }) },
    }.ToRpcException();

    private static string Describe(string server) => server switch
    {
        UnreachableServers.Database => "database",
        UnreachableServers.Broker => "message broker",
        _ => "storage",
    };

    private static void AskToRetryLater(ServerCallContext context)
    {
        // JSON callers read HTTP headers, not trailers; gRPC callers read RetryInfo.
        if (context.GetHttpContext() is { Response.HasStarted: false } http)
        {
            http.Response.Headers[HeaderNames.RetryAfter] = ((int)RetryDelay.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
