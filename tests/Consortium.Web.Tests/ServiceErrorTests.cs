using Consortium.Web.Services;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace Consortium.Web.Tests;

public sealed class ServiceErrorTests
{
    [Fact]
    public void Field_violations_of_a_bad_request_are_kept_by_field()
    {
        var badRequest = new BadRequest();
        badRequest.FieldViolations.Add(new BadRequest.Types.FieldViolation { Field = "title", Description = "Give a title." });
        badRequest.FieldViolations.Add(new BadRequest.Types.FieldViolation { Field = "title", Description = "At most 200 characters." });
        badRequest.FieldViolations.Add(new BadRequest.Types.FieldViolation { Field = "values[0].number", Description = "Between 0 and 100." });
        var exception = new Google.Rpc.Status { Code = (int)Code.InvalidArgument, Message = "invalid", Details = { Any.Pack(badRequest) } }.ToRpcException();

        var error = ServiceError.From(exception, "Submissions");

        Assert.Equal("Give a title. At most 200 characters.", error.For("title"));
        Assert.Equal(["values[0].number: Between 0 and 100."], error.Others(["title"]));
        Assert.False(error.ServiceUnavailable);
    }

    [Fact]
    public void A_service_that_does_not_answer_is_named_in_a_plain_sentence()
    {
        var error = ServiceError.From(new RpcException(new Grpc.Core.Status(StatusCode.Unavailable, "connection refused")), "Insights");

        Assert.True(error.ServiceUnavailable);
        Assert.Contains("Insights service is not answering", error.Message, StringComparison.Ordinal);
        Assert.Empty(error.FieldErrors);
    }

    [Fact]
    public void Not_found_does_not_tell_whether_it_exists()
    {
        var error = ServiceError.From(new RpcException(new Grpc.Core.Status(StatusCode.NotFound, "submission 123 not found")), "Submissions");

        Assert.StartsWith("Not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_call_becomes_an_error_for_the_page_not_an_exception()
    {
        var (result, error) = await ServiceCall.Run<string>("Topics", () => throw new RpcException(new Grpc.Core.Status(StatusCode.Unavailable, "down")));

        Assert.Null(result);
        Assert.NotNull(error);
    }
}
