namespace Consortium.ServiceDefaults.Idempotency;

/// <summary>
/// A write request that was carried out, keyed by the caller and the client's request id, with
/// the response it got: a retry gets the same response instead of a second effect.
/// </summary>
public sealed class ProcessedRequest
{
    public const int MaxRequestIdLength = 128;

    private ProcessedRequest()
    {
        Caller = string.Empty;
        RequestId = string.Empty;
        Operation = string.Empty;
        RequestHash = [];
        Response = [];
    }

    internal ProcessedRequest(string caller, string requestId, string operation, byte[] requestHash, byte[] response, DateTimeOffset processedAt)
    {
        Caller = caller;
        RequestId = requestId;
        Operation = operation;
        RequestHash = requestHash;
        Response = response;
        ProcessedAt = processedAt;
    }

    /// <summary>The caller's <see cref="Security.Caller.Key"/> (issuer, subject, district and roles, hashed).</summary>
    public string Caller { get; private set; }

    public string RequestId { get; private set; }

    /// <summary>The RPC, e.g. <c>CreateDistrict</c>: reusing an id for another RPC is a conflict.</summary>
    public string Operation { get; private set; }

    /// <summary>SHA-256 of the request bytes: reusing an id with different content is a conflict.</summary>
    public byte[] RequestHash { get; private set; }

    /// <summary>The protobuf-encoded response given the first time.</summary>
    public byte[] Response { get; private set; }

    public DateTimeOffset ProcessedAt { get; private set; }
}
