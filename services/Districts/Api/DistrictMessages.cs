using Consortium.Districts.Domain;
using Consortium.ServiceDefaults.Grpc;
using Proto = Consortium.Contracts.Districts.V1;

namespace Consortium.Districts.Api;

/// <summary>Domain → API messages.</summary>
internal static class DistrictMessages
{
    public static Proto.District ToProto(this District district)
    {
        var message = new Proto.District
        {
            DistrictId = district.Id.ToString(),
            Name = district.Name,
            NcesLeaId = district.NcesLeaId.Value,
            State = district.State.Code,
            LocaleCode = district.LocaleCode.Code,
            LocaleLabel = district.LocaleCode.Label,
            MembershipStatus = district.MembershipStatus.ToProto(),
            JoinedOn = district.JoinedOn.ToProto(),
            LeftOn = district.LeftOn?.ToProto(),
            SharingPreference = district.SharingPreference.ToProto(),
            Version = district.Version,
            CreateTime = district.CreatedAt.ToProto(),
            UpdateTime = district.UpdatedAt.ToProto(),
        };
        message.Contacts.AddRange(district.BenchmarkContacts.Select(contact => new Proto.BenchmarkContact
        {
            Name = contact.Name,
            Email = contact.Email,
            Role = contact.Role ?? string.Empty,
            Phone = contact.Phone ?? string.Empty,
            IsPrimary = contact.IsPrimary,
        }));
        message.MembershipHistory.AddRange(district.MembershipHistory.OrderBy(change => change.ChangedAt).Select(change => new Proto.MembershipChange
        {
            FromStatus = change.From?.ToProto() ?? Proto.MembershipStatus.Unspecified,
            ToStatus = change.To.ToProto(),
            EffectiveOn = change.EffectiveOn.ToProto(),
            Reason = change.Reason ?? string.Empty,
            ChangedBy = change.ChangedBy,
            ChangeTime = change.ChangedAt.ToProto(),
        }));
        return message;
    }

    public static Proto.DistrictSummary ToSummary(this District district) => new()
    {
        DistrictId = district.Id.ToString(),
        Name = district.Name,
        State = district.State.Code,
        LocaleCode = district.LocaleCode.Code,
        LocaleLabel = district.LocaleCode.Label,
        MembershipStatus = district.MembershipStatus.ToProto(),
    };

    public static Proto.ContextProfile ToProto(this ContextProfile profile)
    {
        var message = new Proto.ContextProfile
        {
            DistrictId = profile.DistrictId.ToString(),
            SchoolYear = profile.SchoolYear.ToString(),
            Enrollment = profile.Enrollment,
            SchoolCount = profile.SchoolCount,
            PctEconomicallyDisadvantaged = profile.PctEconomicallyDisadvantaged.Value.ToProto(),
            PctEnglishLearners = profile.PctEnglishLearners.Value.ToProto(),
            PctStudentsWithDisabilities = profile.PctStudentsWithDisabilities.Value.ToProto(),
            TeacherFte = profile.TeacherFte.ToProto(),
            DataSource = profile.DataSource ?? string.Empty,
            SizeBand = EnrollmentSizeBands.Label(profile.SizeBand),
            Version = profile.Version,
            UpdateTime = profile.UpdatedAt.ToProto(),
            ReviewStatus = ContractEnums.ProfileReviewStatus.ToContract(profile.ReviewStatus),
            ReviewerComments = profile.ReviewerComments ?? string.Empty,
        };
        message.CultureConstructs.AddRange(profile.CultureConstructs.Select(construct => new Proto.CultureConstruct
        {
            Code = construct.Code,
            Label = construct.Label,
            Score = construct.Score.ToProto(),
            Respondents = construct.Respondents,
            ResponseRate = construct.ResponseRate?.ToProto(),
        }));
        return message;
    }

    public static Proto.MembershipStatus ToProto(this MembershipStatus status) => ContractEnums.MembershipStatus.ToContract(status);

    public static Proto.SharingPreference ToProto(this SharingPreference preference) => ContractEnums.SharingPreference.ToContract(preference);
}
