using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Grpc;
using Consortium.Submissions.Domain;
using Google.Protobuf.Collections;
using Proto = Consortium.Contracts.Submissions.V1;

namespace Consortium.Submissions.Api;

/// <summary>API messages → domain inputs. Wire-level problems become field violations here; rules live in the domain.</summary>
internal static class SubmissionInputs
{
    public static BenchmarkKind? ToDomain(Proto.BenchmarkKind kind) => ContractEnums.BenchmarkKind.ToDomainOrNull(kind);

    public static SubmissionStatus? ToDomain(Proto.SubmissionStatus status) => ContractEnums.SubmissionStatus.ToDomainOrNull(status);

    public static Visibility? ToDomain(Proto.Visibility visibility) => ContractEnums.Visibility.ToDomainOrNull(visibility);

    public static ImplementationStage? ToDomain(Proto.ImplementationStage stage) => ContractEnums.ImplementationStage.ToDomainOrNull(stage);

    public static DraftChanges ToChanges(Proto.CreateSubmissionRequest request) => new()
    {
        Title = request.Title,
        Narrative = request.Narrative,
        Successes = request.Successes,
        Challenges = request.Challenges,
        ImplementationStage = new Change<ImplementationStage?>(ToDomain(request.ImplementationStage)),
        EvidenceLinks = [.. request.EvidenceLinks],
        Contact = new Change<ContactPerson?>(ToDomain(request.Contact)),
        Visibility = ToDomain(request.Visibility) ?? Visibility.Inherit,
    };

    public static DraftChanges ToChanges(Proto.UpdateDraftRequest request) => new()
    {
        Title = request.HasTitle ? request.Title : null,
        Narrative = request.HasNarrative ? request.Narrative : null,
        Successes = request.HasSuccesses ? request.Successes : null,
        Challenges = request.HasChallenges ? request.Challenges : null,
        ImplementationStage = request.HasImplementationStage ? new Change<ImplementationStage?>(ToDomain(request.ImplementationStage)) : null,
        EvidenceLinks = request.EvidenceLinks is null ? null : [.. request.EvidenceLinks.Urls],
        Contact = request.Contact is null ? null : new Change<ContactPerson?>(ToDomain(request.Contact)),
        Visibility = ToDomain(request.Visibility),
    };

    /// <summary>
    /// The rows as the domain reads them. A number that is not a decimal is passed on as the
    /// row's problem, so the domain reports it on <c>values[i]</c> with every other bad row.
    /// </summary>
    public static IReadOnlyList<TargetValueInput> ToDomain(RepeatedField<Proto.TargetValue> rows) =>
        [.. rows.Select(row => row.ValueCase switch
        {
            Proto.TargetValue.ValueOneofCase.Number => ReadNumber(row),
            Proto.TargetValue.ValueOneofCase.RubricRank => new TargetValueInput(row.TargetCode, RubricRank: row.RubricRank),
            Proto.TargetValue.ValueOneofCase.YesNo => new TargetValueInput(row.TargetCode, YesNo: row.YesNo),
            Proto.TargetValue.ValueOneofCase.Text => new TargetValueInput(row.TargetCode, Text: row.Text),
            _ => new TargetValueInput(row.TargetCode),
        })];

    // A blank contact (no name, no email) means "no contact"; anything else is checked as given.
    private static ContactPerson? ToDomain(Proto.ContactPerson? contact) =>
        contact is null || (string.IsNullOrWhiteSpace(contact.Name) && string.IsNullOrWhiteSpace(contact.Email))
            ? null
            : new ContactPerson(contact.Name, contact.Email);

    private static TargetValueInput ReadNumber(Proto.TargetValue row)
    {
        var violations = new Violations();
        var number = ProtoConversions.ToDecimal(row.Number, SubmissionFields.Values, violations);
        return number is { } value
            ? new TargetValueInput(row.TargetCode, Number: value)
            : new TargetValueInput(row.TargetCode, Unreadable: violations.Any
                ? $"'{Echo.Of(row.Number.Value)}' is not a number (use digits with an optional '.', e.g. \"12.5\")."
                : "The number is empty; enter a number, or send the row without a value to clear it.");
    }
}
