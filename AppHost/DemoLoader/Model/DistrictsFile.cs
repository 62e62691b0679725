using Consortium.Contracts.Districts.V1;

namespace Consortium.DemoLoader.Model;

/// <summary><c>districts.json</c>: the member districts, each with a context profile per school year.</summary>
internal sealed record DistrictsFile
{
    public required IReadOnlyList<DemoDistrict> Districts { get; init; }
}

/// <summary>A member district; its NCES LEA id is the key the other files refer to it by.</summary>
internal sealed record DemoDistrict
{
    public required string NcesLeaId { get; init; }
    public required string Name { get; init; }
    public required string State { get; init; }
    public required int LocaleCode { get; init; }
    public required DateOnly JoinedOn { get; init; }
    public required SharingPreference SharingPreference { get; init; }
    public required IReadOnlyList<DemoContact> Contacts { get; init; }
    public required IReadOnlyList<DemoProfile> Profiles { get; init; }
}

internal sealed record DemoContact
{
    public required string Name { get; init; }
    public required string Email { get; init; }
    public required string Role { get; init; }
    public bool IsPrimary { get; init; }
}

/// <summary>One school year's context: size, student needs, staffing, and culture-survey constructs.</summary>
internal sealed record DemoProfile
{
    public required string SchoolYear { get; init; }
    public required int Enrollment { get; init; }
    public required int SchoolCount { get; init; }
    public required decimal PctEconomicallyDisadvantaged { get; init; }
    public required decimal PctEnglishLearners { get; init; }
    public required decimal PctStudentsWithDisabilities { get; init; }
    public required decimal TeacherFte { get; init; }
    public required string DataSource { get; init; }
    public IReadOnlyList<DemoCultureConstruct> CultureConstructs { get; set; } = [];
}

/// <summary>A 5Essentials-style construct on a 1–99 scale.</summary>
internal sealed record DemoCultureConstruct
{
    public required string Code { get; init; }
    public required string Label { get; init; }
    public required decimal Score { get; init; }
    public required int Respondents { get; init; }
    public required decimal ResponseRate { get; init; }
}
