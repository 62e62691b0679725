using Consortium.ServiceDefaults.Security;
using Grpc.Core;

namespace Consortium.ServiceDefaults.Grpc;

public static class CallerExtensions
{
    /// <summary>The signed-in caller of this gRPC call.</summary>
    public static Caller GetCaller(this ServerCallContext context) => Caller.From(context.GetHttpContext().User);
}
