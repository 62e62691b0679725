using Consortium.Pipeline.Domain;
using Consortium.ServiceDefaults.Grpc;
using Proto = Consortium.Contracts.Pipeline.V1;

namespace Consortium.Pipeline.Api;

/// <summary>Development activities: API enums → domain (UNSPECIFIED or unknown → <c>null</c>, which the domain reports) and domain → API messages.</summary>
internal static class DevelopmentMessages
{
    public static DevelopmentActivityKind? ToDomain(Proto.DevelopmentActivityKind kind) => kind switch
    {
        Proto.DevelopmentActivityKind.Coaching => DevelopmentActivityKind.Coaching,
        Proto.DevelopmentActivityKind.CohortProgram => DevelopmentActivityKind.CohortProgram,
        Proto.DevelopmentActivityKind.Residency => DevelopmentActivityKind.Residency,
        Proto.DevelopmentActivityKind.Mentoring => DevelopmentActivityKind.Mentoring,
        Proto.DevelopmentActivityKind.CommunityOfPractice => DevelopmentActivityKind.CommunityOfPractice,
        Proto.DevelopmentActivityKind.Course => DevelopmentActivityKind.Course,
        _ => null,
    };

    public static DevelopmentActivityStatus? ToDomain(Proto.DevelopmentActivityStatus status) => status switch
    {
        Proto.DevelopmentActivityStatus.Planned => DevelopmentActivityStatus.Planned,
        Proto.DevelopmentActivityStatus.InProgress => DevelopmentActivityStatus.InProgress,
        Proto.DevelopmentActivityStatus.Completed => DevelopmentActivityStatus.Completed,
        Proto.DevelopmentActivityStatus.Withdrawn => DevelopmentActivityStatus.Withdrawn,
        _ => null,
    };

    public static Proto.DevelopmentActivity ToProto(this DevelopmentActivity activity)
    {
        var message = new Proto.DevelopmentActivity
        {
            ActivityId = activity.Id.ToString(),
            LeaderId = activity.LeaderId.ToString(),
            Kind = activity.Kind.ToProto(),
            Title = activity.Title,
            Provider = activity.Provider,
            Hours = activity.Hours.ToProto(),
            StartOn = activity.StartOn.ToProto(),
            EndOn = activity.EndOn?.ToProto(),
            Status = activity.Status.ToProto(),
            Version = activity.Version,
            CreateTime = activity.CreatedAt.ToProto(),
            UpdateTime = activity.UpdatedAt.ToProto(),
        };
        message.CompetencyCodes.AddRange(activity.CompetencyCodes);
        message.StatusHistory.AddRange(activity.StatusHistory.OrderBy(c => c.ChangedAt).ThenBy(c => c.Id).Select(change => new Proto.DevelopmentStatusChange
        {
            FromStatus = change.From?.ToProto() ?? Proto.DevelopmentActivityStatus.Unspecified,
            ToStatus = change.To.ToProto(),
            EffectiveOn = change.EffectiveOn.ToProto(),
            Reason = change.Reason ?? string.Empty,
            ChangedBy = change.ChangedBy,
            ChangeTime = change.ChangedAt.ToProto(),
        }));
        return message;
    }

    public static Proto.DevelopmentActivityKind ToProto(this DevelopmentActivityKind kind) => kind switch
    {
        DevelopmentActivityKind.Coaching => Proto.DevelopmentActivityKind.Coaching,
        DevelopmentActivityKind.CohortProgram => Proto.DevelopmentActivityKind.CohortProgram,
        DevelopmentActivityKind.Residency => Proto.DevelopmentActivityKind.Residency,
        DevelopmentActivityKind.Mentoring => Proto.DevelopmentActivityKind.Mentoring,
        DevelopmentActivityKind.CommunityOfPractice => Proto.DevelopmentActivityKind.CommunityOfPractice,
        DevelopmentActivityKind.Course => Proto.DevelopmentActivityKind.Course,
        _ => Proto.DevelopmentActivityKind.Unspecified,
    };

    public static Proto.DevelopmentActivityStatus ToProto(this DevelopmentActivityStatus status) => status switch
    {
        DevelopmentActivityStatus.Planned => Proto.DevelopmentActivityStatus.Planned,
        DevelopmentActivityStatus.InProgress => Proto.DevelopmentActivityStatus.InProgress,
        DevelopmentActivityStatus.Completed => Proto.DevelopmentActivityStatus.Completed,
        DevelopmentActivityStatus.Withdrawn => Proto.DevelopmentActivityStatus.Withdrawn,
        _ => Proto.DevelopmentActivityStatus.Unspecified,
    };
}
