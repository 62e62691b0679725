using Consortium.Insights.Api;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Consortium.Insights.Messaging;

/// <summary>The events Insights learns from, each in its own queue (<c>insights-&lt;consumer&gt;</c>).</summary>
internal static class InsightsConsumers
{
    public static void Add(IBusRegistrationConfigurator bus)
    {
        Add<DistrictJoinedConsumer>(bus);
        Add<DistrictDetailsUpdatedConsumer>(bus);
        Add<DistrictProfileUpdatedConsumer>(bus);
        Add<MembershipChangedConsumer>(bus);
        Add<SharingPreferencesChangedConsumer>(bus);
        Add<CycleOpenedConsumer>(bus);
        Add<CycleClosedConsumer>(bus);
        Add<ResultsPublishedConsumer>(bus);
        Add<TopicPublishedConsumer>(bus);
        Add<TopicRetiredConsumer>(bus);
        Add<SubmissionSubmittedConsumer>(bus);
        Add<SubmissionAcceptedConsumer>(bus);
        Add<SubmissionReturnedConsumer>(bus);
        Add<SubmissionWithdrawnConsumer>(bus);
        Add<LeaderEnrolledConsumer>(bus);
        Add<LeaderStageChangedConsumer>(bus);
        Add<ReadinessAssessedConsumer>(bus);
        Add<LeaderMovedConsumer>(bus);
        Add<LeaderLeftConsumer>(bus);
        Add<SuccessionCoverageChangedConsumer>(bus);
    }

    // Every consumer takes its queue's waiting events in batches (ReadModelConsumer).
    private static void Add<TConsumer>(IBusRegistrationConfigurator bus)
        where TConsumer : class, IConsumer =>
        bus.AddConsumer<TConsumer>((context, consumer) =>
        {
            var batches = context.GetRequiredService<IOptions<InsightsOptions>>().Value.ReadModelBatches;
            consumer.Options<BatchOptions>(options => options
                .SetMessageLimit(batches.MessageLimit)
                .SetTimeLimit(batches.TimeLimit)
                .SetConcurrencyLimit(batches.ConcurrencyLimit));
        });
}
