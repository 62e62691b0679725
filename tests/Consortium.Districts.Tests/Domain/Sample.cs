using Consortium.Districts.Domain;

namespace Consortium.Districts.Tests.Domain;

/// <summary>Valid inputs and a fixed clock, so each test states only what it varies.</summary>
internal static class Sample
{
    public const string Staff = "staff-7f3a";

    public const string LeaId = "0601234";

    public static readonly DateTimeOffset Now = new(2025, 9, 15, 14, 30, 0, TimeSpan.Zero);

    public static DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public static DateTimeOffset Later(int minutes = 5) => Now.AddMinutes(minutes);

    public static District NewDistrict(
        string name = "Riverside Unified",
        string leaId = LeaId,
        string state = "CA",
        int locale = 21,
        DateOnly? joinedOn = null,
        IReadOnlyList<BenchmarkContact>? contacts = null) =>
        District.Create(name, leaId, state, locale, Staff, Now, joinedOn ?? new DateOnly(2020, 7, 1), contacts: contacts);

    public static BenchmarkContact Contact(string name = "Ana Ruiz", string email = "ana.ruiz@riverside.k12.ca.us", bool isPrimary = false) =>
        new(name, email, "Director of Assessment", "(555) 010-4477", isPrimary);

    public static ContextProfileValues ProfileValues(IReadOnlyList<CultureConstruct>? constructs = null) =>
        new(
            Enrollment: 12_400,
            SchoolCount: 18,
            PctEconomicallyDisadvantaged: 48.2m,
            PctEnglishLearners: 21.75m,
            PctStudentsWithDisabilities: 13.1m,
            TeacherFte: 610.5m,
            CultureConstructs: constructs,
            DataSource: "NCES CCD 2024-25");

    public static CultureConstruct Construct(string code = "collective-responsibility", int respondents = 42) =>
        new(code, "Collective Responsibility", 61.5m, respondents, 78m);
}
