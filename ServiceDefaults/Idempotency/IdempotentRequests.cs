using System.IO.Hashing;
using System.Security.Cryptography;
using System.Text;
using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Security;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;

namespace Consortium.ServiceDefaults.Idempotency;

/// <summary>
/// Runs a write at most once per (caller, request id), the caller being its issuer, subject,
/// district and roles (<see cref="Caller.Key"/>): a request id reused under another district or
/// role is a new request, never a replay of a response that principal was not authorised for. The write, its outbox events and the
/// record of the request commit in one transaction; a retry replays the stored response. A
/// transaction-scoped advisory lock on the request id makes concurrent duplicates wait for the
/// first and replay its response, whatever the write does. The write may leave its changes to be
/// saved here: they then go to the database with the record of the request, in one round trip.
/// </summary>
public sealed class IdempotentRequests<TDbContext>(TDbContext db, TimeProvider time)
    where TDbContext : DbContext
{
    public async Task<TResponse> RunOnceAsync<TResponse>(
        Caller caller,
        string requestId,
        string operation,
        IMessage request,
        Func<CancellationToken, Task<TResponse>> write,
        CancellationToken cancellationToken)
        where TResponse : IMessage<TResponse>, new()
    {
        if (string.IsNullOrEmpty(requestId))
        {
            var unrecorded = await write(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return unrecorded;
        }

        if (requestId.Length > ProcessedRequest.MaxRequestIdLength)
        {
            throw new DomainValidationException("request_id", $"must be at most {ProcessedRequest.MaxRequestIdLength} characters.");
        }

        var hash = SHA256.HashData(request.ToByteArray());
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Duplicates that arrive together queue here; the later ones then find the first's record.
        // No look before the lock: a retry is rare, and a look would cost every new request a round trip.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey(caller, requestId)})", cancellationToken);
        if (await FindAsync(caller, requestId, cancellationToken) is { } earlier)
        {
            return Replay<TResponse>(earlier, operation, hash);
        }

        var response = await write(cancellationToken);
        db.Set<ProcessedRequest>().Add(new ProcessedRequest(caller.Key, requestId, operation, hash, response.ToByteArray(), time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return response;
    }

    private static long LockKey(Caller caller, string requestId) =>
        (long)XxHash64.HashToUInt64(Encoding.UTF8.GetBytes($"{caller.Key}\u001f{requestId}"));

    private Task<ProcessedRequest?> FindAsync(Caller caller, string requestId, CancellationToken cancellationToken) =>
        db.Set<ProcessedRequest>().AsNoTracking()
            .SingleOrDefaultAsync(processed => processed.Caller == caller.Key && processed.RequestId == requestId, cancellationToken);

    private static TResponse Replay<TResponse>(ProcessedRequest earlier, string operation, byte[] hash)
        where TResponse : IMessage<TResponse>, new()
    {
        if (earlier.Operation != operation || !CryptographicOperations.FixedTimeEquals(earlier.RequestHash, hash))
        {
            throw new IdempotencyConflictException(earlier.RequestId);
        }

        var response = new TResponse();
        response.MergeFrom(earlier.Response);
        return response;
    }
}
