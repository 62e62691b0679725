using Consortium.Districts.Domain;
using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Grpc;
using Proto = Consortium.Contracts.Districts.V1;

namespace Consortium.Districts.Api;

/// <summary>API messages → domain inputs. Wire-level problems become field violations here; rules live in the domain.</summary>
internal static class DistrictInputs
{
    public static SharingPreference? ToDomain(Proto.SharingPreference preference) => ContractEnums.SharingPreference.ToDomainOrNull(preference);

    public static MembershipStatus? ToDomain(Proto.MembershipStatus status) => ContractEnums.MembershipStatus.ToDomainOrNull(status);

    public static IReadOnlyList<BenchmarkContact> ToDomain(IEnumerable<Proto.BenchmarkContact> contacts) =>
        [.. contacts.Select(contact => new BenchmarkContact(
            contact.Name,
            contact.Email,
            string.IsNullOrWhiteSpace(contact.Role) ? null : contact.Role,
            string.IsNullOrWhiteSpace(contact.Phone) ? null : contact.Phone,
            contact.IsPrimary))];

    public static ContextProfileValues ToValues(Proto.UpsertContextProfileRequest request, Violations violations)
    {
        var constructs = request.CultureConstructs.Select((construct, index) => new CultureConstruct(
            construct.Code,
            construct.Label,
            ProtoConversions.RequireDecimal(construct.Score, $"{ContextProfileFields.CultureConstructs}[{index}].score", violations),
            construct.Respondents,
            ProtoConversions.ToDecimal(construct.ResponseRate, $"{ContextProfileFields.CultureConstructs}[{index}].response_rate", violations)))
            .ToList();

        return new ContextProfileValues(
            request.Enrollment,
            request.SchoolCount,
            ProtoConversions.RequireDecimal(request.PctEconomicallyDisadvantaged, ContextProfileFields.PctEconomicallyDisadvantaged, violations),
            ProtoConversions.RequireDecimal(request.PctEnglishLearners, ContextProfileFields.PctEnglishLearners, violations),
            ProtoConversions.RequireDecimal(request.PctStudentsWithDisabilities, ContextProfileFields.PctStudentsWithDisabilities, violations),
            ProtoConversions.RequireDecimal(request.TeacherFte, ContextProfileFields.TeacherFte, violations),
            constructs,
            string.IsNullOrWhiteSpace(request.DataSource) ? null : request.DataSource);
    }
}
