using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Consortium.DemoLoader.Loading;

/// <summary>
/// Tells whether this run changed anything, so a second start can say it found the demo loaded
/// instead of claiming to have loaded it. Every write carries a deterministic request id and a
/// repeated one replays the stored answer, whose times are those of the first load; a write that
/// changed something answers with a create, update or change time from this run.
/// </summary>
internal sealed class WriteOutcomes(TimeProvider time)
{
    // The services keep microseconds; a write answered in this run is never older than its start.
    private readonly DateTimeOffset _since = time.GetUtcNow().AddMilliseconds(-1);
    private int _writes;
    private int _changed;

    /// <summary>Writes sent (calls whose request has a <c>request_id</c>).</summary>
    public int Writes => _writes;

    /// <summary>Writes whose answer shows a change made in this run.</summary>
    public int Changed => _changed;

    public void Record(IMessage response)
    {
        Interlocked.Increment(ref _writes);
        if (ChangedSince(response, _since, depth: 0))
        {
            Interlocked.Increment(ref _changed);
        }
    }

    /// <summary>Writes a step counted itself (the identity service's people calls carry no request id).</summary>
    public void RecordChanged(int writes, int changed)
    {
        Interlocked.Add(ref _writes, writes);
        Interlocked.Add(ref _changed, changed);
    }

    public static bool IsWrite(IMessage request) => request.Descriptor.FindFieldByName("request_id") is not null;

    private static bool ChangedSince(IMessage message, DateTimeOffset since, int depth)
    {
        foreach (var field in message.Descriptor.Fields.InFieldNumberOrder())
        {
            if (field.FieldType != FieldType.Message || field.IsMap)
            {
                continue;
            }

            var value = field.Accessor.GetValue(message);
            var values = field.IsRepeated ? ((System.Collections.IEnumerable)value).OfType<IMessage>() : value is IMessage single ? [single] : [];
            foreach (var item in values)
            {
                if (item is Timestamp stamp)
                {
                    if (IsChangeTime(field.Name) && stamp.ToDateTimeOffset() >= since)
                    {
                        return true;
                    }
                }
                else if (depth < 3 && ChangedSince(item, since, depth + 1))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsChangeTime(string field) => field is "create_time" or "update_time" or "change_time";
}

/// <summary>Hands every write's answer to <see cref="WriteOutcomes"/>.</summary>
internal sealed class WriteOutcomeInterceptor(WriteOutcomes outcomes) : Interceptor
{
    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        var call = continuation(request, context);
        if (request is not IMessage message || !WriteOutcomes.IsWrite(message))
        {
            return call;
        }

        return new AsyncUnaryCall<TResponse>(
            Observe(call.ResponseAsync),
            call.ResponseHeadersAsync,
            call.GetStatus,
            call.GetTrailers,
            call.Dispose);
    }

    private async Task<TResponse> Observe<TResponse>(Task<TResponse> response)
    {
        var answer = await response.ConfigureAwait(false);
        if (answer is IMessage message)
        {
            outcomes.Record(message);
        }

        return answer;
    }
}
