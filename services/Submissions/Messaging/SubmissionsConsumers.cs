using MassTransit;

namespace Consortium.Submissions.Messaging;

/// <summary>The events Submissions listens to, each in its own queue (<c>submissions-&lt;consumer&gt;</c>).</summary>
internal static class SubmissionsConsumers
{
    public static void Add(IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<DistrictJoinedConsumer>();
        bus.AddConsumer<DistrictDetailsUpdatedConsumer>();
        bus.AddConsumer<MembershipChangedConsumer>();
        bus.AddConsumer<SharingPreferencesChangedConsumer>();
        bus.AddConsumer<CycleOpenedConsumer>();
        bus.AddConsumer<CycleClosedConsumer>();
        bus.AddConsumer<ResultsPublishedConsumer>();
        bus.AddConsumer<TopicPublishedConsumer>();
        bus.AddConsumer<TopicRetiredConsumer>();
    }
}
