using Consortium.ServiceDefaults.Outages;
using Google.Protobuf.Reflection;
using Google.Rpc;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Consortium.ServiceDefaults.Grpc;

public static class GrpcExtensions
{
    /// <summary>
    /// gRPC with the platform's error mapping, strict requests (see <see cref="StrictMessage"/>), JSON transcoding (every RPC is also plain
    /// HTTP/JSON through its <c>google.api.http</c> annotation) and server reflection (so
    /// grpcurl-style tools can discover the API).
    /// </summary>
    public static IHostApplicationBuilder AddConsortiumGrpc(this IHostApplicationBuilder builder)
    {
        builder.Services.AddGrpc(options =>
        {
            // Order matters: error mapping wraps everything after it; strict input is refused
            // before any later interceptor or endpoint sees the request.
            options.Interceptors.Add<ErrorMappingInterceptor>();
            // An automation client only in the APIs its scopes name, before its request is even read.
            options.Interceptors.Add<Security.AutomationScopeInterceptor>();
            options.Interceptors.Add<StrictRequestInterceptor>();
            // Around the endpoint: an unreachable server becomes UNAVAILABLE before the error mapping sees it.
            options.Interceptors.Add<UnavailableInterceptor>();
            options.EnableDetailedErrors = builder.Environment.IsDevelopment();
        }).AddJsonTranscoding(transcoding =>
            // JSON error bodies carry the same google.rpc details as gRPC trailers.
            transcoding.TypeRegistry = TypeRegistry.FromMessages(BadRequest.Descriptor, PreconditionFailure.Descriptor, ResourceInfo.Descriptor, RetryInfo.Descriptor));
        builder.Services.AddGrpcReflection();
        builder.Services.AddConsortiumOutageLog();
        return builder;
    }

    public static WebApplication MapConsortiumGrpcEndpoints(this WebApplication app)
    {
        // The API's shape is public (it is in contracts/); its data is not.
        app.MapGrpcReflectionService().AllowAnonymous();
        // Needs a token like every API (the fallback policy): "who am I" for any caller.
        app.MapGrpcService<CallerApi>();

        // After authentication and authorization (an anonymous caller learns nothing about the
        // contract's fields from a 400), before the transcoder parses the body.
        app.UseMiddleware<StrictJsonRequestMiddleware>();
        return app;
    }
}
