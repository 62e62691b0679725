using Google.Rpc;
using Grpc.Core;
using Xunit;

namespace Consortium.Testing.Services;

/// <summary>Assertions on gRPC failures, including the <c>google.rpc</c> details our services attach.</summary>
public static class RpcAssert
{
    public static async Task<RpcException> FailsWith(StatusCode expected, Func<Task> call)
    {
        var exception = await Assert.ThrowsAsync<RpcException>(call);
        Assert.True(expected == exception.StatusCode, $"Expected {expected} but got {exception.StatusCode}: {exception.Status.Detail}");
        return exception;
    }

    /// <summary>Asserts INVALID_ARGUMENT whose BadRequest names exactly <paramref name="fields"/> (in any order).</summary>
    public static async Task<BadRequest> InvalidFields(Func<Task> call, params string[] fields)
    {
        var exception = await FailsWith(StatusCode.InvalidArgument, call);
        var badRequest = exception.GetRpcStatus()?.GetDetail<BadRequest>()
            ?? throw new Xunit.Sdk.XunitException("INVALID_ARGUMENT carried no google.rpc.BadRequest detail.");
        Assert.Equal(
            fields.Order(StringComparer.Ordinal),
            badRequest.FieldViolations.Select(violation => violation.Field).Distinct().Order(StringComparer.Ordinal));
        Assert.All(badRequest.FieldViolations, violation => Assert.False(string.IsNullOrWhiteSpace(violation.Description)));
        return badRequest;
    }

    /// <summary>Asserts FAILED_PRECONDITION whose PreconditionFailure names <paramref name="rule"/>.</summary>
    public static async Task<PreconditionFailure> RuleViolated(Func<Task> call, string rule)
    {
        var exception = await FailsWith(StatusCode.FailedPrecondition, call);
        var failure = exception.GetRpcStatus()?.GetDetail<PreconditionFailure>()
            ?? throw new Xunit.Sdk.XunitException("FAILED_PRECONDITION carried no google.rpc.PreconditionFailure detail.");
        Assert.Contains(failure.Violations, violation => violation.Type == rule);
        return failure;
    }
}
