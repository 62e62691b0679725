using Consortium.Pipeline.Domain;
using Consortium.ServiceDefaults.Grpc;
using Proto = Consortium.Contracts.Pipeline.V1;

namespace Consortium.Pipeline.Api;

/// <summary>Development activities: API enums → domain through <see cref="ContractEnums"/> (UNSPECIFIED → <c>null</c>, which the domain reports) and domain → API messages.</summary>
internal static class DevelopmentMessages
{
    public static DevelopmentActivityKind? ToDomain(Proto.DevelopmentActivityKind kind) => ContractEnums.DevelopmentActivityKind.ToDomainOrNull(kind);

    public static DevelopmentActivityStatus? ToDomain(Proto.DevelopmentActivityStatus status) => ContractEnums.DevelopmentActivityStatus.ToDomainOrNull(status);

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

    public static Proto.DevelopmentActivityKind ToProto(this DevelopmentActivityKind kind) => ContractEnums.DevelopmentActivityKind.ToContract(kind);

    public static Proto.DevelopmentActivityStatus ToProto(this DevelopmentActivityStatus status) => ContractEnums.DevelopmentActivityStatus.ToContract(status);
}
