using System.Text.Json;
using Consortium.ServiceDefaults.Domain;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Microsoft.AspNetCore.Grpc.JsonTranscoding;
using Microsoft.AspNetCore.Http;
using GrpcStatus = Google.Rpc.Status;

namespace Consortium.ServiceDefaults.Grpc;

/// <summary>
/// Refuses a JSON (transcoded) call whose URL or body does not fit the RPC's request message,
/// with HTTP 400 and the same <c>google.rpc.Status</c> body (a BadRequest naming each field by
/// its JSON path) that the gRPC error mapping gives — before the transcoder parses it. See
/// <see cref="StrictJson"/>. gRPC calls are inspected by <see cref="StrictRequestInterceptor"/>.
/// </summary>
internal sealed class StrictJsonRequestMiddleware(RequestDelegate next)
{
    private static readonly JsonFormatter ErrorFormatter = new(
        JsonFormatter.Settings.Default.WithTypeRegistry(TypeRegistry.FromMessages(BadRequest.Descriptor)));

    public async Task InvokeAsync(HttpContext context)
    {
        var transcoding = context.GetEndpoint()?.Metadata.GetMetadata<GrpcJsonTranscodingMetadata>();
        if (transcoding is null)
        {
            await next(context);
            return;
        }

        var violations = new List<FieldViolation>();
        if (context.Request.Path.Value?.Contains('\0', StringComparison.Ordinal) == true)
        {
            violations.Add(new FieldViolation("(path)", "contains a NUL character (%00); ids and codes never do."));
        }

        var request = transcoding.MethodDescriptor.InputType;
        CheckQuery(context.Request.Query, request, violations);
        await CheckBodyAsync(context, transcoding.HttpRule.Body, request, violations);

        if (violations.Count == 0)
        {
            await next(context);
            return;
        }

        var status = new GrpcStatus
        {
            Code = (int)Code.InvalidArgument,
            Message = new DomainValidationException(violations).Message,
            Details = { Any.Pack(new BadRequest { FieldViolations = { violations.Select(v => new BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Description }) } }) },
        };
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(ErrorFormatter.Format(status), context.RequestAborted);
    }

    private static void CheckQuery(IQueryCollection query, MessageDescriptor request, List<FieldViolation> violations)
    {
        foreach (var (key, values) in query)
        {
            var field = FindPath(request, key);
            if (field is null)
            {
                violations.Add(new FieldViolation(Echo.Of(key), $"is not a field of {request.Name}; check the spelling against the contract."));
                continue;
            }

            foreach (var value in values)
            {
                if (value is not null && StrictJson.CheckText(value, field) is { } problem)
                {
                    violations.Add(new FieldViolation(Echo.Of(key), problem));
                }
            }
        }
    }

    private static async Task CheckBodyAsync(HttpContext context, string bodyRule, MessageDescriptor request, List<FieldViolation> violations)
    {
        if (string.IsNullOrEmpty(bodyRule) || context.Request.ContentLength == 0)
        {
            return;
        }

        context.Request.EnableBuffering();
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException exception)
        {
            violations.Add(new FieldViolation("(body)", $"is not valid JSON (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1})."));
            return;
        }
        finally
        {
            context.Request.Body.Position = 0;
        }

        using (document)
        {
            if (bodyRule == "*")
            {
                violations.AddRange(StrictJson.Check(document.RootElement, request));
            }
            else if (request.FindFieldByName(bodyRule) is { FieldType: FieldType.Message } bodyField)
            {
                violations.AddRange(StrictJson.Check(document.RootElement, bodyField.MessageType));
            }
        }
    }

    // "filter.locale_class" or "filter.localeClass" → the field it names, or null.
    private static FieldDescriptor? FindPath(MessageDescriptor message, string path)
    {
        FieldDescriptor? field = null;
        foreach (var part in path.Split('.'))
        {
            if (field is not null)
            {
                if (field.FieldType != FieldType.Message)
                {
                    return null;
                }

                message = field.MessageType;
            }

            field = message.FindFieldByName(part) ?? message.Fields.InDeclarationOrder().FirstOrDefault(f => f.JsonName == part);
            if (field is null)
            {
                return null;
            }
        }

        return field;
    }
}
