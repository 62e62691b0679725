using Consortium.ServiceDefaults.Domain;

namespace Consortium.Districts.Domain;

/// <summary>
/// A district's context for one school year: size, student needs, staffing and culture survey
/// results. It is what makes comparisons fair (peers are matched on it), so one profile per
/// district and year, kept current by the district's benchmark lead and reviewed by staff: a lead
/// who could set its own context freely could steer which districts become its peers, and with
/// them the groups it is shown (issue 10). Only accepted values leave the service. Identified by
/// <see cref="Id"/> and unique on (<see cref="DistrictId"/>, <see cref="SchoolYear"/>).
/// </summary>
public sealed class ContextProfile
{
    public const int ReviewerCommentsMaxLength = 4_000;

    /// <summary>The rule code when a review finds the profile in the wrong state.</summary>
    public const string ReviewRule = "PROFILE_NOT_AWAITING_REVIEW";

    private readonly List<CultureConstruct> _cultureConstructs = [];

    // For EF Core materialization only; it sets every property.
    private ContextProfile()
    {
        SchoolYear = null!;
        PctEconomicallyDisadvantaged = null!;
        PctEnglishLearners = null!;
        PctStudentsWithDisabilities = null!;
    }

    public Guid Id { get; private set; }

    public Guid DistrictId { get; private set; }

    public SchoolYear SchoolYear { get; private set; }

    /// <summary>Students enrolled (CCD "membership").</summary>
    public int Enrollment { get; private set; }

    public int SchoolCount { get; private set; }

    public Percentage PctEconomicallyDisadvantaged { get; private set; }

    public Percentage PctEnglishLearners { get; private set; }

    /// <summary>Students with an IEP, as CCD counts them.</summary>
    public Percentage PctStudentsWithDisabilities { get; private set; }

    /// <summary>Full-time-equivalent classroom teachers.</summary>
    public decimal TeacherFte { get; private set; }

    public IReadOnlyList<CultureConstruct> CultureConstructs => _cultureConstructs;

    /// <summary>Where the figures come from, e.g. <c>NCES CCD 2024-25</c>; optional.</summary>
    public string? DataSource { get; private set; }

    public EnrollmentSizeBand SizeBand => EnrollmentSizeBands.Classify(Enrollment);

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Starts at 1; incremented by every update that changes something (the ETag).</summary>
    public int Version { get; private set; }

    public ProfileReviewStatus ReviewStatus { get; private set; }

    /// <summary>Why staff returned it; set only while <see cref="ProfileReviewStatus.Returned"/>.</summary>
    public string? ReviewerComments { get; private set; }

    /// <summary>When staff last accepted or returned it (or wrote it).</summary>
    public DateTimeOffset? ReviewedAt { get; private set; }

    /// <summary>Whether these values count in comparisons now (and are published to other services).</summary>
    public bool IsAccepted => ReviewStatus == ProfileReviewStatus.Accepted;

    private string Subject => $"profile/{DistrictId}/{SchoolYear}";

    /// <summary>
    /// Starts a district's profile for a school year; reports every invalid value at once.
    /// Written by staff (<paramref name="byReviewer"/>) it is accepted at once; by the district, it awaits review.
    /// </summary>
    public static ContextProfile Create(Guid districtId, SchoolYear schoolYear, ContextProfileValues values, bool byReviewer, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfEqual(districtId, Guid.Empty);
        ArgumentNullException.ThrowIfNull(schoolYear);
        ArgumentNullException.ThrowIfNull(values);

        var valid = Validate(values);
        var profile = new ContextProfile
        {
            Id = Guid.CreateVersion7(now),
            DistrictId = districtId,
            SchoolYear = schoolYear,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        profile.Apply(valid);
        profile.Reviewed(byReviewer, now);
        return profile;
    }

    /// <summary>
    /// Replaces the values; returns whether anything changed (no version bump or event otherwise).
    /// A change by the district waits for review again; one by staff is accepted.
    /// </summary>
    public bool Update(ContextProfileValues values, bool byReviewer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(values);

        var valid = Validate(values);
        if (Matches(valid))
        {
            return false;
        }

        Apply(valid);
        Reviewed(byReviewer, now);
        UpdatedAt = now;
        Version++;
        return true;
    }

    /// <summary>Awaiting review → Accepted: from now on these values count in comparisons.</summary>
    public void Accept(DateTimeOffset now)
    {
        RequireAwaitingReview("accepted");
        ReviewStatus = ProfileReviewStatus.Accepted;
        ReviewerComments = null;
        ReviewedAt = now;
        UpdatedAt = now;
        Version++;
    }

    /// <summary>Awaiting review → Returned, with what the district should check; the values accepted before keep counting.</summary>
    public void Return(string? reviewerComments, DateTimeOffset now)
    {
        var comments = TextInput.Clean(reviewerComments);
        var violations = new Violations();
        violations.Require(comments is not null, ContextProfileFields.ReviewerComments, "Tell the district what to check or correct.");
        violations.Require(
            comments is null || comments.Length <= ReviewerCommentsMaxLength,
            ContextProfileFields.ReviewerComments,
            $"Keep the comments to {ReviewerCommentsMaxLength:N0} characters or fewer; they have {comments?.Length:N0}.");
        violations.ThrowIfAny();
        RequireAwaitingReview("returned");

        ReviewStatus = ProfileReviewStatus.Returned;
        ReviewerComments = comments;
        ReviewedAt = now;
        UpdatedAt = now;
        Version++;
    }

    private void RequireAwaitingReview(string verb)
    {
        if (ReviewStatus != ProfileReviewStatus.AwaitingReview)
        {
            throw new RuleViolationException(Subject, ReviewRule, ReviewStatus == ProfileReviewStatus.Accepted
                ? $"This profile is already accepted; only a profile awaiting review can be {verb}."
                : $"This profile was returned to the district; it can be {verb} once the district has corrected it.");
        }
    }

    private void Reviewed(bool byReviewer, DateTimeOffset now)
    {
        ReviewStatus = byReviewer ? ProfileReviewStatus.Accepted : ProfileReviewStatus.AwaitingReview;
        ReviewerComments = null;
        ReviewedAt = byReviewer ? now : ReviewedAt;
    }

    private static ContextProfileValues Validate(ContextProfileValues values)
    {
        var violations = new Violations();
        var valid = values.Validate(violations);
        violations.ThrowIfAny();
        return valid!;
    }

    private bool Matches(ContextProfileValues values) =>
        Enrollment == values.Enrollment
        && SchoolCount == values.SchoolCount
        && PctEconomicallyDisadvantaged.Value == values.PctEconomicallyDisadvantaged
        && PctEnglishLearners.Value == values.PctEnglishLearners
        && PctStudentsWithDisabilities.Value == values.PctStudentsWithDisabilities
        && TeacherFte == values.TeacherFte
        && DataSource == values.DataSource
        && _cultureConstructs.SequenceEqual(values.CultureConstructs ?? []);

    // Values have been validated, so creating the percentages cannot fail here.
    private void Apply(ContextProfileValues values)
    {
        Enrollment = values.Enrollment;
        SchoolCount = values.SchoolCount;
        PctEconomicallyDisadvantaged = Percentage.Create(values.PctEconomicallyDisadvantaged, ContextProfileFields.PctEconomicallyDisadvantaged);
        PctEnglishLearners = Percentage.Create(values.PctEnglishLearners, ContextProfileFields.PctEnglishLearners);
        PctStudentsWithDisabilities = Percentage.Create(values.PctStudentsWithDisabilities, ContextProfileFields.PctStudentsWithDisabilities);
        TeacherFte = values.TeacherFte;
        DataSource = values.DataSource;
        _cultureConstructs.Clear();
        _cultureConstructs.AddRange(values.CultureConstructs ?? []);
    }
}
