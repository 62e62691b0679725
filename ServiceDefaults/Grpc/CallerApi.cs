using Consortium.Contracts.Caller.V1;
using Grpc.Core;

namespace Consortium.ServiceDefaults.Grpc;

/// <summary>
/// Who the service takes the caller to be, from the token alone (no data read): the cheapest call
/// that passes authentication and authorization, every service answers it. A client checks its
/// token with it; the front-door benchmark measures it as its authenticated no-op baseline.
/// </summary>
public sealed class CallerApi : CallerService.CallerServiceBase
{
    public override Task<WhoAmIResponse> WhoAmI(WhoAmIRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var response = new WhoAmIResponse { Subject = caller.Subject, DistrictId = caller.DistrictId?.ToString() ?? string.Empty };
        response.Roles.AddRange(caller.Roles.Order(StringComparer.Ordinal));
        return Task.FromResult(response);
    }
}
