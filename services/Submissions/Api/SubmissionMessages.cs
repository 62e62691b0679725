using Consortium.ServiceDefaults.Grpc;
using Consortium.Submissions.Domain;
using Proto = Consortium.Contracts.Submissions.V1;

namespace Consortium.Submissions.Api;

/// <summary>Domain → API messages, showing only what the caller's <see cref="View"/> allows.</summary>
internal static class SubmissionMessages
{
    /// <summary>The submission now, as <paramref name="view"/> allows.</summary>
    public static Proto.Submission ToProto(this Submission submission, KnownDistrict? district, KnownTopic? topic, View view) =>
        ToProto(submission, submission.Snapshot(), district, topic, view);

    /// <summary>The submission as it was in <paramref name="state"/> (a version), with identity from <paramref name="submission"/>.</summary>
    public static Proto.Submission ToProto(Submission submission, SubmissionSnapshot state, KnownDistrict? district, KnownTopic? topic, View view)
    {
        var anonymous = view is not (View.Full or View.Own);
        var content = state.Content;
        var message = new Proto.Submission
        {
            SubmissionId = submission.Id.ToString(),
            DistrictId = anonymous ? string.Empty : submission.DistrictId.ToString(),
            DistrictName = anonymous ? string.Empty : district?.Name ?? string.Empty,
            CycleId = submission.CycleId.ToString(),
            TopicId = submission.TopicId.ToString(),
            TopicTitle = topic?.Title ?? string.Empty,
            Kind = ContractEnums.BenchmarkKind.ToContract(submission.Kind),
            Status = ContractEnums.SubmissionStatus.ToContract(state.Status),
            Title = content.Title,
            Narrative = content.Narrative ?? string.Empty,
            Successes = content.Successes ?? string.Empty,
            Challenges = content.Challenges ?? string.Empty,
            ImplementationStage = ContractEnums.ImplementationStage.ToContract(content.ImplementationStage),
            Contact = anonymous || content.Contact is null ? null : new Proto.ContactPerson { Name = content.Contact.Name, Email = content.Contact.Email },
            Visibility = ContractEnums.Visibility.ToContract(state.Visibility),
            EffectiveVisibility = ContractEnums.Visibility.ToContract(state.Visibility.Effective(district?.SharingPreference)),
            Anonymized = anonymous,
            // Between staff and the district: comments often name the district or quote its figures.
            ReviewerComments = view == View.Own ? state.ReviewerComments ?? string.Empty : string.Empty,
            SubmissionCount = state.SubmissionCount,
            Version = submission.Version,
            CreateTime = state.CreatedAt.ToProto(),
            UpdateTime = state.UpdatedAt.ToProto(),
            SubmitTime = state.SubmittedAt?.ToProto(),
            ReviewTime = state.ReviewedAt?.ToProto(),
        };
        if (!anonymous)
        {
            // Evidence usually lives on the district's own website, which names it.
            message.EvidenceLinks.AddRange(content.EvidenceLinks);
        }

        message.Values.AddRange(state.Values.Select(ToProto));
        return message;
    }

    public static Proto.SubmissionVersion ToProto(this SubmissionVersion version, Submission submission, KnownDistrict? district, KnownTopic? topic)
    {
        var snapshot = ToProto(submission, version.Snapshot, district, topic, View.Own);
        snapshot.Version = version.Version;
        return new Proto.SubmissionVersion
        {
            SubmissionId = submission.Id.ToString(),
            Version = version.Version,
            Action = ContractEnums.SubmissionAction.ToContract(version.Action),
            ChangedBy = version.ChangedBy,
            ChangeTime = version.ChangedAt.ToProto(),
            Submission = snapshot,
        };
    }

    private static Proto.TargetValue ToProto(TargetValue value)
    {
        var message = new Proto.TargetValue { TargetCode = value.TargetCode, TargetId = value.TargetId.ToString() };
        if (value.Number is { } number)
        {
            message.Number = number.ToProto();
        }
        else if (value.RubricRank is { } rank)
        {
            message.RubricRank = rank;
        }
        else if (value.YesNo is { } yesNo)
        {
            message.YesNo = yesNo;
        }
        else if (value.Text is { } text)
        {
            message.Text = text;
        }

        return message;
    }
}
