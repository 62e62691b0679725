using Consortium.ServiceDefaults.Grpc;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Consortium.ServiceDefaults.Security;

/// <summary>
/// A district's automation client (issue 11: a data team pushing submissions from its student
/// information system) acts as its district's lead, but only in the APIs its scopes name: scope
/// <c>submissions.write</c> opens <c>consortium.submissions.v1</c> and nothing else. One rule for
/// every service, so a new API is closed to clients until a scope names it.
/// </summary>
public sealed class AutomationScopeInterceptor : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Check(context);
        return continuation(request, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Check(context);
        return continuation(request, responseStream, context);
    }

    /// <summary>The scope an automation client needs for a method, e.g. <c>/consortium.submissions.v1.X/Y</c> → <c>submissions.write</c>.</summary>
    public static string? RequiredScope(string method)
    {
        var parts = method.TrimStart('/').Split('.');
        return parts.Length >= 3 && parts[0] == "consortium" ? $"{parts[1]}.write" : null;
    }

    private static void Check(ServerCallContext context)
    {
        if (context.GetHttpContext().User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var caller = context.GetCaller();
        if (caller.IsAutomationClient && (RequiredScope(context.Method) is not { } scope || !caller.Scopes.Contains(scope)))
        {
            throw new RpcException(new Status(
                StatusCode.PermissionDenied,
                $"An automation client may call only the APIs its scopes name; this one needs the scope '{RequiredScope(context.Method) ?? "(none)"}'."));
        }
    }
}
