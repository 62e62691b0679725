using Google.Rpc;
using Grpc.Core;

namespace Consortium.Web.Services;

/// <summary>
/// What a failed call means to the person on the page: a sentence, and the service's field
/// violations (google.rpc.BadRequest) by field, so a form shows each one next to its field.
/// </summary>
public sealed record ServiceError(string Message, IReadOnlyDictionary<string, string> FieldErrors, bool ServiceUnavailable)
{
    public string? For(string field) => FieldErrors.GetValueOrDefault(field);

    /// <summary>Field errors whose field is not among <paramref name="shownFields"/>: shown above the form, never dropped.</summary>
    public IEnumerable<string> Others(IEnumerable<string> shownFields)
    {
        var shown = shownFields.ToHashSet(StringComparer.Ordinal);
        return FieldErrors.Where(error => !shown.Contains(error.Key)).Select(error => $"{error.Key}: {error.Value}");
    }

    public static ServiceError From(RpcException exception, string serviceName)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (exception.GetRpcStatus()?.GetDetail<BadRequest>() is { } badRequest)
        {
            foreach (var violation in badRequest.FieldViolations)
            {
                // Several violations of one field read as one sentence.
                fields[violation.Field] = fields.TryGetValue(violation.Field, out var earlier)
                    ? $"{earlier} {violation.Description}"
                    : violation.Description;
            }
        }

        var message = exception.StatusCode switch
        {
            StatusCode.InvalidArgument => "Some fields need attention; nothing else was changed.",
            StatusCode.NotFound => "Not found — it does not exist, or it is not yours to see.",
            StatusCode.PermissionDenied => $"You may not do this: {exception.Status.Detail}",
            StatusCode.Unauthenticated => "Your session has ended. Sign in again.",
            StatusCode.Aborted => "Someone changed this in the meantime. Reload to see their change; what you typed is still here.",
            StatusCode.FailedPrecondition => exception.Status.Detail,
            StatusCode.AlreadyExists => exception.Status.Detail,
            StatusCode.Unavailable or StatusCode.DeadlineExceeded => $"The {serviceName} service is not answering right now. The rest of the page still works; try again in a moment.",
            _ => $"The {serviceName} service could not do this ({exception.StatusCode}).",
        };
        return new ServiceError(message, fields, exception.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded);
    }
}
