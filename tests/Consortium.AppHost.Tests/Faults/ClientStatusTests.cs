using Grpc.Core;
using Xunit;

namespace Consortium.AppHost.Tests.Faults;

/// <summary>Only the client's own unanswered keepalive ping is read as UNAVAILABLE; the platform's answers are kept.</summary>
public sealed class ClientStatusTests
{
    [Fact]
    public void A_call_closed_by_an_unanswered_keepalive_ping_is_unavailable()
    {
        var ping = new HttpProtocolException(1, "The HTTP/2 server didn't respond to a ping request within the configured KeepAlivePingDelay.", null);
        var failed = new RpcException(new Status(StatusCode.Internal, "Error starting gRPC call.", new HttpRequestException(HttpRequestError.HttpProtocolError, "HTTP/2 error", ping)));

        Assert.Equal(StatusCode.Unavailable, ClientStatus.Of(failed));
    }

    [Fact]
    public void Any_other_status_is_kept()
    {
        var malformed = new HttpProtocolException(1, "The HTTP/2 server sent invalid data on the connection.", null);

        Assert.Equal(StatusCode.Internal, ClientStatus.Of(new RpcException(new Status(StatusCode.Internal, "Error starting gRPC call.", new HttpRequestException(HttpRequestError.HttpProtocolError, "HTTP/2 error", malformed)))));
        Assert.Equal(StatusCode.Internal, ClientStatus.Of(new RpcException(new Status(StatusCode.Internal, "Exception was thrown by handler."))));
        Assert.Equal(StatusCode.InvalidArgument, ClientStatus.Of(new RpcException(new Status(StatusCode.InvalidArgument, "district_id: is required."))));
    }
}
