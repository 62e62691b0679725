namespace Consortium.Topics.Domain;

/// <summary>What staff plan for a cycle, before validation (a plain value built from API input).</summary>
public sealed record CyclePlan(
    string? SchoolYear,
    SchoolYearHalf? Half,
    string? Name,
    DateOnly? MeetingDate,
    DateTimeOffset? SubmissionOpensAt,
    DateTimeOffset? SubmissionClosesAt);
