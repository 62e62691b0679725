using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace Consortium.Web.Tests;

/// <summary>Answers and failures of gRPC calls, for fake clients in component tests.</summary>
internal static class FakeCalls
{
    public static AsyncUnaryCall<T> Answer<T>(T response) =>
        new(Task.FromResult(response), Task.FromResult(new Metadata()), () => Grpc.Core.Status.DefaultSuccess, () => [], () => { });

    public static AsyncUnaryCall<T> Fail<T>(RpcException exception) =>
        new(Task.FromException<T>(exception), Task.FromResult(new Metadata()), () => exception.Status, () => [], () => { });

    public static RpcException Unavailable() => new(new Grpc.Core.Status(StatusCode.Unavailable, "connection refused"));

    /// <summary>INVALID_ARGUMENT with a google.rpc.BadRequest, as the services answer a bad form.</summary>
    public static RpcException FieldViolation(string field, string description)
    {
        var badRequest = new BadRequest();
        badRequest.FieldViolations.Add(new BadRequest.Types.FieldViolation { Field = field, Description = description });
        var status = new Google.Rpc.Status { Code = (int)Code.InvalidArgument, Message = "invalid request" };
        status.Details.Add(Any.Pack(badRequest));
        return status.ToRpcException();
    }

}
