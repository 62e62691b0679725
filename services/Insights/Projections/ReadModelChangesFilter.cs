using Consortium.Insights.Data;
using MassTransit;

namespace Consortium.Insights.Projections;

/// <summary>
/// Wraps every consumer (same message scope, so the same <see cref="ReadModelChanges"/>): when the
/// consumer returns, its transaction has committed, and the recorded changes move the cache
/// generations. A consumer that throws rolled back, so what it recorded is dropped.
/// </summary>
public sealed class ReadModelChangesFilter<TMessage>(ReadModelChanges changes) : IFilter<ConsumeContext<TMessage>>
    where TMessage : class
{
    public async Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        try
        {
            await next.Send(context);
        }
        catch
        {
            changes.Discard();
            throw;
        }

        await changes.PublishAsync();
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("readModelChanges");
}
