using Consortium.Insights.Projections;
using MassTransit;

namespace Consortium.Insights.Messaging;

/// <summary>The events Insights learns from, each in its own queue (<c>insights-&lt;consumer&gt;</c>).</summary>
internal static class InsightsConsumers
{
    public static void Add(IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<DistrictJoinedConsumer>();
        bus.AddConsumer<DistrictDetailsUpdatedConsumer>();
        bus.AddConsumer<DistrictProfileUpdatedConsumer>();
        bus.AddConsumer<MembershipChangedConsumer>();
        bus.AddConsumer<SharingPreferencesChangedConsumer>();
        bus.AddConsumer<CycleOpenedConsumer>();
        bus.AddConsumer<CycleClosedConsumer>();
        bus.AddConsumer<ResultsPublishedConsumer>();
        bus.AddConsumer<TopicPublishedConsumer>();
        bus.AddConsumer<TopicRetiredConsumer>();
        bus.AddConsumer<SubmissionSubmittedConsumer>();
        bus.AddConsumer<SubmissionAcceptedConsumer>();
        bus.AddConsumer<SubmissionReturnedConsumer>();
        bus.AddConsumer<SubmissionWithdrawnConsumer>();
        bus.AddConsumer<LeaderEnrolledConsumer>();
        bus.AddConsumer<LeaderStageChangedConsumer>();
        bus.AddConsumer<ReadinessAssessedConsumer>();
        bus.AddConsumer<LeaderMovedConsumer>();
        bus.AddConsumer<LeaderLeftConsumer>();
        bus.AddConsumer<SuccessionCoverageChangedConsumer>();

        // After each consumer's commit, the changes it recorded move the cache generations.
        bus.AddConfigureEndpointsCallback((context, _, endpoint) =>
            endpoint.UseConsumeFilter(typeof(ReadModelChangesFilter<>), context));
    }
}
