using Consortium.Submissions.Domain;
using Consortium.Testing.Domain;
using Xunit;

namespace Consortium.Submissions.Tests.Domain;

/// <summary>What a draft may hold: partial is fine, but whatever is there must be valid.</summary>
public sealed class DraftContentTests
{
    private readonly KnownTopic _topic = Sample.Topic();

    [Fact]
    public void A_draft_reports_every_bad_field_at_once()
    {
        Expect.Violations(
            () => Submission.Create(Sample.DistrictId, Sample.District(), _topic.Id, _topic, BenchmarkKind.Policy,
                new DraftChanges
                {
                    Title = " ",
                    EvidenceLinks = ["https://lwsd.org/voice", "ftp://lwsd.org/file", "not a link"],
                    Contact = new Change<ContactPerson?>(new ContactPerson("", "jane@")),
                },
                [new("PCT-VOICE", Number: 120), new("NOPE", Number: 1)],
                "lead-1", Sample.Now),
            SubmissionFields.Kind, SubmissionFields.Title, "evidence_links[1]", "evidence_links[2]",
            SubmissionFields.ContactName, SubmissionFields.ContactEmail, "values[0]", "values[1]");
    }

    [Fact]
    public void At_most_twenty_evidence_links_are_kept_and_duplicates_collapse()
    {
        var submission = Sample.Draft(_topic);

        Expect.Violation(
            () => submission.UpdateDraft(new DraftChanges { EvidenceLinks = [.. Enumerable.Range(0, 21).Select(i => $"https://lwsd.org/e/{i}")] }, "lead-1", Sample.Now),
            SubmissionFields.EvidenceLinks);
        submission.UpdateDraft(new DraftChanges { EvidenceLinks = ["https://lwsd.org/a", " https://lwsd.org/a "] }, "lead-1", Sample.Now);
        Assert.Equal(["https://lwsd.org/a"], submission.Content.EvidenceLinks);
    }

    [Fact]
    public void Only_the_fields_given_change_and_empty_text_clears()
    {
        var submission = Sample.Draft(_topic);

        submission.UpdateDraft(new DraftChanges { Successes = "Attendance rose.", Narrative = "" }, "lead-1", Sample.Now);

        Assert.Equal("Student advisory councils", submission.Content.Title);
        Assert.Equal("Attendance rose.", submission.Content.Successes);
        Assert.Null(submission.Content.Narrative);
    }

    [Fact]
    public void Bulk_values_are_all_or_nothing_with_one_violation_per_bad_row()
    {
        var submission = Sample.Draft(_topic, []);

        var failure = Expect.Violations(
            () => submission.SetValues(_topic,
                [
                    new("ENROLLED", Number: 1000),
                    new("PCT-VOICE", Number: 101),
                    new("", Number: 1),
                    new("ENROLLED", Number: 5),
                    new("STAGE", Unreadable: "'x' is not a number."),
                ],
                replaceAll: false, "lead-1", Sample.Now),
            "values[1]", "values[2]", "values[3]", "values[4]");

        Assert.Contains("row 0", failure.Violations.Single(v => v.Field == "values[3]").Description, StringComparison.Ordinal);
        Assert.Empty(submission.Values);
        Assert.Equal(1, submission.Version);
    }

    [Fact]
    public void Bulk_values_merge_clear_or_replace()
    {
        var submission = Sample.Draft(_topic);

        submission.SetValues(_topic, [new("HAS-POLICY", YesNo: true), new("PCT-VOICE")], replaceAll: false, "lead-1", Sample.Now);
        Assert.Equal(["ENROLLED", "IN-ADVANCED", "HAS-POLICY"], submission.Values.Select(v => v.TargetCode));

        submission.SetValues(_topic, [new("notes", Text: "Students co-design.")], replaceAll: true, "lead-1", Sample.Now);
        Assert.Equal(["NOTES"], submission.Values.Select(v => v.TargetCode));
    }

    [Fact]
    public void Values_are_kept_in_the_topics_target_order()
    {
        var submission = Sample.Draft(_topic, [new("PCT-VOICE", Number: 1), new("ENROLLED", Number: 2)]);

        Assert.Equal(["ENROLLED", "PCT-VOICE"], submission.Values.Select(v => v.TargetCode));
    }
}
