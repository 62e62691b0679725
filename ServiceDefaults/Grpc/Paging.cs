using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Consortium.ServiceDefaults.Domain;

namespace Consortium.ServiceDefaults.Grpc;

/// <summary>
/// The platform's list convention: <c>page_size</c> (0 = 50, at most 200) and an opaque
/// <c>page_token</c> that is a keyset cursor bound to the filters it was issued for, so paging
/// stays fast on large tables and a token cannot be replayed against other filters.
/// </summary>
public static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public static int NormalizePageSize(int requested)
    {
        if (requested < 0)
        {
            throw new DomainValidationException("page_size", $"must not be negative (0 means {DefaultPageSize}).");
        }

        return requested == 0 ? DefaultPageSize : Math.Min(requested, MaxPageSize);
    }

    /// <summary>Encodes the position after the last item of a page.</summary>
    public static string EncodeToken<TCursor>(TCursor cursor, string filterFingerprint)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new Envelope<TCursor>(filterFingerprint, cursor));
        return Base64Url.EncodeToString(json);
    }

    /// <summary>Decodes a token from the client; empty means the first page.</summary>
    public static TCursor? DecodeToken<TCursor>(string pageToken, string filterFingerprint)
        where TCursor : class
    {
        if (string.IsNullOrEmpty(pageToken))
        {
            return null;
        }

        Envelope<TCursor>? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<Envelope<TCursor>>(Base64Url.DecodeFromChars(pageToken));
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            throw new DomainValidationException("page_token", "is not a token this service issued. Start again without a page_token.");
        }

        if (envelope?.Cursor is null || envelope.Filters != filterFingerprint)
        {
            throw new DomainValidationException("page_token", "was issued for other filters. Start again without a page_token.");
        }

        return envelope.Cursor;
    }

    /// <summary>A stable fingerprint of a request's filters, to bind tokens to them.</summary>
    public static string Fingerprint(params object?[] filters) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
            Encoding.UTF8.GetBytes(string.Join('\u001f', filters.Select(f => f?.ToString() ?? string.Empty)))))[..16];

    private sealed record Envelope<TCursor>(string Filters, TCursor Cursor);
}
