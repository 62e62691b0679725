namespace Consortium.AppHost.Demo;

/// <summary>
/// A plausible consortium of twelve member districts (fictional names; LEA ids with the real
/// state FIPS prefixes, outside the ranges NCES has assigned) with different sizes, locales and
/// needs, so peer groups and comparisons have something to find.
/// </summary>
internal static class DemoDistricts
{
    public static IReadOnlyList<DemoDistrict> All { get; } =
    [
        new("Cedar Ridge School District", "5399101", "WA", 21, "named", 24_800, 32, 21.4m, 14.9m, 13.1m, 1_402m, "Maya Thornton", "Director of Assessment and Research"),
        new("Lakeshore Unified School District", "0699102", "CA", 12, "named", 41_200, 55, 58.2m, 27.5m, 12.4m, 1_890m, "Daniel Okafor", "Chief Academic Officer"),
        new("Prairie View Community Schools", "1999103", "IA", 32, "anonymous", 3_150, 6, 44.8m, 6.2m, 15.7m, 221m, "Ruth Lindqvist", "Curriculum Director"),
        new("Riverbend Public Schools", "2799104", "MN", 22, "named", 11_600, 17, 29.9m, 9.8m, 14.2m, 702m, "Samuel Hart", "Assistant Superintendent for Teaching and Learning"),
        new("Mesa Verde Independent School District", "4899105", "TX", 13, "anonymous", 18_900, 27, 67.3m, 31.2m, 11.5m, 1_170m, "Elena Ruiz", "Executive Director of Innovation"),
        new("Harbor Point School District", "2699106", "MI", 23, "private", 6_400, 10, 38.7m, 4.1m, 16.3m, 398m, "Grace Whitfield", "Director of Strategic Initiatives"),
        new("Blue Hills Regional School District", "2599107", "MA", 21, "named", 9_800, 14, 24.6m, 8.7m, 18.9m, 742m, "Thomas Reilly", "Director of Data and Accountability"),
        new("Sandhill County Schools", "3799108", "NC", 42, "anonymous", 4_700, 9, 61.5m, 7.9m, 14.8m, 318m, "Angela Brooks", "Chief Academic Officer"),
        new("Aspen Valley School District", "0899109", "CO", 33, "named", 2_300, 5, 33.1m, 18.4m, 12.7m, 171m, "Lucas Moreno", "Superintendent"),
        new("Northgate City Schools", "3999110", "OH", 12, "anonymous", 22_300, 35, 72.4m, 12.6m, 17.2m, 1_388m, "Denise Carter", "Director of Teaching and Learning"),
        new("Pine Hollow Area School District", "4299111", "PA", 41, "private", 1_850, 4, 41.3m, 2.2m, 19.4m, 139m, "Walter Kaminski", "Director of Curriculum"),
        new("Coastal Plains Unified School District", "1299112", "FL", 21, "named", 33_700, 44, 49.8m, 16.1m, 13.6m, 2_011m, "Priya Natarajan", "Chief of Schools"),
    ];
}

/// <summary>One demo district with its 2025-26 context.</summary>
internal sealed record DemoDistrict(
    string Name,
    string NcesLeaId,
    string State,
    int LocaleCode,
    string Sharing,
    int Enrollment,
    int Schools,
    decimal PctEconomicallyDisadvantaged,
    decimal PctEnglishLearners,
    decimal PctStudentsWithDisabilities,
    decimal TeacherFte,
    string ContactName,
    string ContactRole)
{
    /// <summary>Deterministic per district, so loading the demo twice changes nothing.</summary>
    public string RequestId(string operation) => $"demo-{NcesLeaId}-{operation}";

    public string ContactEmail =>
        $"{ContactName.ToLowerInvariant().Replace(' ', '.')}@{string.Concat(Name.Split(' ').Take(2)).ToLowerInvariant()}.example.org";
}
