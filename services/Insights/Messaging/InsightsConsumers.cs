using MassTransit;

namespace Consortium.Insights.Messaging;

/// <summary>The events Insights learns from, each in its own queue (<c>insights-&lt;consumer&gt;</c>).</summary>
internal static class InsightsConsumers
{
    public static void Add(IBusRegistrationConfigurator bus)
    {
        bus.AddConfigureEndpointsCallback((context, _, endpoint) =>
            endpoint.UseConsumeFilter(typeof(ReadModelChangesFilter<>), context));
    }
}
