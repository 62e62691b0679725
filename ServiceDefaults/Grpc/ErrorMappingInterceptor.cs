using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Idempotency;
using Consortium.ServiceDefaults.Security;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using GrpcStatus = Google.Rpc.Status;

namespace Consortium.ServiceDefaults.Grpc;

/// <summary>
/// Turns the platform's exceptions into gRPC statuses with <c>google.rpc</c> details, in one
/// place, so endpoints only translate messages and every service fails the same way.
/// </summary>
internal sealed partial class ErrorMappingInterceptor(ILogger<ErrorMappingInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception exception) when (ToRpcException(exception) is { } rpcException)
        {
            LogMapped(logger, context.Method, rpcException.StatusCode, Echo.Of(exception.Message, Echo.MaxLogLength));
            throw rpcException;
        }
    }

    internal static RpcException? ToRpcException(Exception exception) => exception switch
    {
        DomainValidationException validation => new GrpcStatus
        {
            Code = (int)Code.InvalidArgument,
            Message = validation.Message,
            Details =
            {
                Any.Pack(new BadRequest
                {
                    FieldViolations =
                    {
                        validation.Violations.Select(v => new BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Description }),
                    },
                }),
            },
        }.ToRpcException(),
        RuleViolationException rule => new GrpcStatus
        {
            Code = (int)Code.FailedPrecondition,
            Message = rule.Message,
            Details =
            {
                Any.Pack(new PreconditionFailure
                {
                    Violations = { new PreconditionFailure.Types.Violation { Type = rule.Rule, Subject = rule.Subject, Description = rule.Message } },
                }),
            },
        }.ToRpcException(),
        NotFoundException notFound => new GrpcStatus
        {
            Code = (int)Code.NotFound,
            Message = notFound.Message,
            Details = { Any.Pack(new ResourceInfo { ResourceType = notFound.ResourceType, ResourceName = notFound.ResourceName }) },
        }.ToRpcException(),
        AlreadyExistsException exists => new GrpcStatus
        {
            Code = (int)Code.AlreadyExists,
            Message = exists.Message,
            Details = { Any.Pack(new ResourceInfo { ResourceType = exists.ResourceType, ResourceName = exists.ResourceName }) },
        }.ToRpcException(),
        PermissionDeniedException denied => new RpcException(new global::Grpc.Core.Status(StatusCode.PermissionDenied, denied.Message)),
        IdempotencyConflictException conflict => new RpcException(new global::Grpc.Core.Status(StatusCode.AlreadyExists, conflict.Message)),
        VersionConflictException version => new RpcException(new global::Grpc.Core.Status(StatusCode.Aborted, version.Message)),
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } => new RpcException(new global::Grpc.Core.Status(
            StatusCode.AlreadyExists, "This already exists: someone created it at the same time.")),
        DbUpdateConcurrencyException => new RpcException(new global::Grpc.Core.Status(
            StatusCode.Aborted, "Someone else changed this at the same time. Read it again and retry.")),
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} failed with {StatusCode}: {Reason}")]
    private static partial void LogMapped(ILogger logger, string method, StatusCode statusCode, string reason);
}
