using Grpc.Core;

namespace Consortium.AppHost.Tests.Faults;

/// <summary>
/// The status a call ended with, as the gRPC protocol defines it for the client. The protocol
/// says an expired client-initiated PING closes every call on the connection with UNAVAILABLE
/// (PROTOCOL-HTTP2.md, "PING frame"). grpc-dotnet reports such a call as INTERNAL instead: .NET
/// raises the unanswered keepalive ping as an HTTP/2 protocol error. No server answered those
/// calls. The careful client's pings gave up on a process too busy to answer them, for example one
/// still starting on a loaded machine. So they count as UNAVAILABLE, and a write is retried.
/// Every other status is the platform's own answer and is kept.
/// </summary>
internal static class ClientStatus
{
    public static StatusCode Of(RpcException exception) =>
        exception.StatusCode == StatusCode.Internal && IsUnansweredKeepAlivePing(exception.Status.DebugException)
            ? StatusCode.Unavailable
            : exception.StatusCode;

    private static bool IsUnansweredKeepAlivePing(Exception? exception)
    {
        for (var cause = exception; cause is not null; cause = cause.InnerException)
        {
            // The type says HTTP/2 protocol error; only the message tells the ping from a malformed frame.
            if (cause is HttpProtocolException && cause.Message.Contains("ping", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
