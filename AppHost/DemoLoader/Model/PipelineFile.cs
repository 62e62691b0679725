using Consortium.Contracts.Pipeline.V1;

namespace Consortium.DemoLoader.Model;

/// <summary>
/// <c>pipeline.json</c>: the standards framework, development programs, each district's leaders
/// (with readiness, ratings and activities), critical roles with their successor slates, and the
/// moves and departures. Leaders are referred to by their number within their district.
/// </summary>
internal sealed record PipelineFile
{
    public required IReadOnlyList<DemoCompetency> Competencies { get; init; }

    /// <summary>Roles added to the standard list when missing.</summary>
    public IReadOnlyList<DemoRole> Roles { get; set; } = [];

    /// <summary>Development programs by key; a provider may say <c>{district}</c> for the leader's district name.</summary>
    public required IReadOnlyDictionary<string, DemoProgram> Programs { get; init; }

    public required IReadOnlyList<DemoDistrictPipeline> Districts { get; init; }
    public IReadOnlyList<DemoMove> Moves { get; set; } = [];
    public IReadOnlyList<DemoDeparture> Departures { get; set; } = [];
}

internal sealed record DemoCompetency
{
    public required string Code { get; init; }
    public required string Domain { get; init; }
    public required string Label { get; init; }
    public required string Description { get; init; }
}

internal sealed record DemoRole
{
    public required string Code { get; init; }
    public required string Label { get; init; }
}

internal sealed record DemoProgram
{
    public required DevelopmentActivityKind Kind { get; init; }
    public required string Title { get; init; }
    public required string Provider { get; init; }
    public required decimal Hours { get; init; }
    public required DateOnly StartOn { get; init; }
    public required DateOnly EndOn { get; init; }
    public required DevelopmentActivityStatus Status { get; init; }
    public IReadOnlyList<string> Competencies { get; set; } = [];
}

internal sealed record DemoDistrictPipeline
{
    public required string District { get; init; }
    public required IReadOnlyList<DemoLeader> Leaders { get; init; }
    public IReadOnlyList<DemoCriticalRole> CriticalRoles { get; set; } = [];
}

/// <summary>A leader in the order the district enrolled them; <see cref="Number"/> keeps their request ids stable.</summary>
internal sealed record DemoLeader
{
    public required int Number { get; init; }
    public required string Name { get; init; }
    public required string Email { get; init; }
    public required string Role { get; init; }
    public required DateOnly RoleStartedOn { get; init; }
    public required PipelineStage Stage { get; init; }
    public required DateOnly StageStartedOn { get; init; }

    /// <summary>The token subject with which this leader can sign in and see their own record.</summary>
    public string? SignsInAs { get; init; }

    public DemoReadiness? Readiness { get; init; }
    public IReadOnlyList<DemoRating> Ratings { get; set; } = [];
    public IReadOnlyList<DemoActivity> Activities { get; set; } = [];
}

internal sealed record DemoReadiness
{
    public required string ForRole { get; init; }
    public required ReadinessLevel Level { get; init; }
    public required string Assessor { get; init; }
    public required DateOnly AssessedOn { get; init; }
    public required string Note { get; init; }
}

internal sealed record DemoRating
{
    public required string Competency { get; init; }
    public required RatingSource Source { get; init; }
    public required int Score { get; init; }
    public required DateOnly RatedOn { get; init; }
    public required string Evidence { get; init; }
}

/// <summary>A leader's part in a program; <see cref="Key"/> keeps its request ids stable.</summary>
internal sealed record DemoActivity
{
    public required string Key { get; init; }
    public required string Program { get; init; }
    public DemoStatusChange? Then { get; init; }
}

internal sealed record DemoStatusChange
{
    public required DevelopmentActivityStatus Status { get; init; }
    public required DateOnly On { get; init; }
    public string? Reason { get; init; }
}

/// <summary>A critical role; incumbent and successors are leader numbers (successors at their assessed readiness).</summary>
internal sealed record DemoCriticalRole
{
    public required string Title { get; init; }
    public required string Role { get; init; }
    public int? Incumbent { get; init; }
    public IReadOnlyList<int> Successors { get; set; } = [];
}

/// <summary>A leader moving to another member district, proposed by one district and confirmed by the other.</summary>
internal sealed record DemoMove
{
    public required string District { get; init; }
    public required int Leader { get; init; }
    public required string To { get; init; }
}

internal sealed record DemoDeparture
{
    public required string District { get; init; }
    public required int Leader { get; init; }
    public required DepartureKind Kind { get; init; }
    public required DateOnly LeftOn { get; init; }
}
