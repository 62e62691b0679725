namespace Consortium.Benchmarks.Population;

/// <summary>
/// A deterministic consortium of N districts shaped like the NCES Common Core of Data (about
/// 13,000 regular US school districts): most are rural and small, a few are large city systems.
/// Locale shares, state weights and the enrollment and demographic spreads are rounded from CCD
/// 2022-23, so sorting, standardising and grouping see realistic skew and ties rather than
/// uniform noise. The same seed always gives the same districts, so runs compare like with like.
/// Shared by the benchmarks and the load generator (linked there) so both measure one population.
/// </summary>
public static class SyntheticConsortium
{
    /// <summary>The consortium size of the demo and of a large state consortium.</summary>
    public const int Small = 1_300;

    /// <summary>About every regular school district in the United States.</summary>
    public const int Large = 13_000;

    // (state, FIPS code, relative number of districts): the largest states by district count; the rest share "other".
    private static readonly (string State, int Fips, int Weight)[] States =
    [
        ("TX", 48, 1_200), ("CA", 6, 1_000), ("IL", 17, 850), ("NY", 36, 690), ("OH", 39, 610),
        ("NJ", 34, 580), ("MI", 26, 540), ("MO", 29, 520), ("OK", 40, 510), ("PA", 42, 500),
        ("WI", 55, 420), ("IA", 19, 330), ("MN", 27, 330), ("KS", 20, 290), ("AR", 5, 235),
        ("NE", 31, 245), ("IN", 18, 290), ("MA", 25, 290), ("CO", 8, 180), ("WA", 53, 295),
        ("OR", 41, 195), ("GA", 13, 180), ("VT", 50, 120), ("ND", 38, 170), ("SD", 46, 150),
        ("MT", 30, 400), ("AZ", 4, 230), ("KY", 21, 170), ("NC", 37, 115), ("VA", 51, 130),
    ];

    // NCES urban-centric locale codes and their approximate share of regular districts.
    private static readonly (int Code, double Share, double MedianEnrollment)[] Locales =
    [
        (11, 0.010, 60_000), (12, 0.012, 20_000), (13, 0.030, 9_000),
        (21, 0.090, 9_000), (22, 0.030, 4_500), (23, 0.025, 3_000),
        (31, 0.020, 3_500), (32, 0.070, 2_200), (33, 0.090, 1_400),
        (41, 0.170, 1_100), (42, 0.280, 600), (43, 0.173, 250),
    ];

    /// <summary><paramref name="count"/> districts, the same ones for the same count and seed.</summary>
    public static IReadOnlyList<SyntheticDistrict> Districts(int count, int seed = 20_261_123)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var random = new Random(seed);
        var districts = new List<SyntheticDistrict>(count);
        var leaNumbers = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var (state, fips) = PickState(random);
            var (localeCode, medianEnrollment) = PickLocale(random);
            var enrollment = (int)Math.Clamp(Math.Round(medianEnrollment * Math.Exp(0.8 * Normal(random))), 40, 950_000);
            string ncesLeaId;
            do
            {
                ncesLeaId = $"{fips:00}{random.Next(0, 100_000):00000}";
            }
            while (!leaNumbers.Add(ncesLeaId));

            districts.Add(new SyntheticDistrict(
                Id: DeterministicGuid(random),
                Name: $"{state} District {ncesLeaId[2..]}",
                NcesLeaId: ncesLeaId,
                State: state,
                LocaleCode: localeCode,
                Enrollment: enrollment,
                SchoolCount: Math.Max(1, (int)Math.Round(enrollment / 480.0)),
                PctEconomicallyDisadvantaged: Percent(random, localeCode / 10 == 1 ? 62 : localeCode / 10 == 2 ? 35 : 48, 18),
                PctEnglishLearners: Percent(random, localeCode / 10 <= 2 ? 11 : 4, localeCode / 10 <= 2 ? 8 : 4),
                PctStudentsWithDisabilities: Percent(random, 14.5, 3.2),
                TeacherFte: Math.Round(enrollment / (decimal)(14 + (random.NextDouble() * 4)), 1),
                Sharing: PickSharing(random),
                Submits: random.NextDouble() < 0.9));
        }

        return districts;
    }

    /// <summary>A district's value for a percentage target ("share of high schools with student voice in course design"), 0–100.</summary>
    public static decimal PercentageValue(SyntheticDistrict district, int salt = 0) =>
        Percent(ValueRandom(district, salt, 3), 20 + ((double)district.PctEconomicallyDisadvantaged / 4), 22);

    /// <summary>Students per counselor: around ASCA's reported national mean of about 385, fewer in small districts.</summary>
    public static decimal RatioValue(SyntheticDistrict district, int salt = 0)
    {
        var random = ValueRandom(district, salt, 7);
        var mean = district.Enrollment < 2_500 ? 300 : 420;
        return Math.Round((decimal)Math.Clamp(mean * Math.Exp(0.3 * Normal(random)), 60, 2_000), 1);
    }

    /// <summary>NIRN implementation stage rank, 1 (exploration) to 4 (full implementation), skewed to the middle stages.</summary>
    public static int RubricRank(SyntheticDistrict district, int salt = 0)
    {
        var draw = ValueRandom(district, salt, 11).NextDouble();
        return draw switch
        {
            < 0.20 => 1,
            < 0.55 => 2,
            < 0.85 => 3,
            _ => 4,
        };
    }

    /// <summary>Yes/no ("has a board-adopted policy"): about 40% yes.</summary>
    public static bool YesNoValue(SyntheticDistrict district, int salt = 0) =>
        ValueRandom(district, salt, 13).NextDouble() < 0.4;

    private static (string State, int Fips) PickState(Random random)
    {
        var total = States.Sum(s => s.Weight);
        var draw = random.Next(total);
        foreach (var (state, fips, weight) in States)
        {
            if (draw < weight)
            {
                return (state, fips);
            }

            draw -= weight;
        }

        return (States[^1].State, States[^1].Fips);
    }

    private static (int Code, double MedianEnrollment) PickLocale(Random random)
    {
        var draw = random.NextDouble() * Locales.Sum(l => l.Share);
        foreach (var (code, share, median) in Locales)
        {
            if (draw < share)
            {
                return (code, median);
            }

            draw -= share;
        }

        return (Locales[^1].Code, Locales[^1].MedianEnrollment);
    }

    // Sharing choices as members make them: most share by name, a sizeable minority anonymously, a few privately.
    private static SyntheticSharing PickSharing(Random random) => random.NextDouble() switch
    {
        < 0.55 => SyntheticSharing.Named,
        < 0.85 => SyntheticSharing.Anonymous,
        _ => SyntheticSharing.Private,
    };

    private static decimal Percent(Random random, double mean, double sd) =>
        Math.Round((decimal)Math.Clamp(mean + (sd * Normal(random)), 0, 100), 1);

    // Box–Muller: a standard normal draw from two uniform ones.
    private static double Normal(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    // HashCode is seeded per process, so values are derived from the id's bytes instead: same district, same value, every run.
    private static Random ValueRandom(SyntheticDistrict district, int salt, int target)
    {
        Span<byte> bytes = stackalloc byte[16];
        district.Id.TryWriteBytes(bytes);
        return new Random(BitConverter.ToInt32(bytes) ^ (salt * 486_187_739) ^ (target * 16_777_619));
    }

    private static Guid DeterministicGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}

/// <summary>What a synthetic district lets others see.</summary>
public enum SyntheticSharing
{
    Named = 1,
    Anonymous = 2,
    Private = 3,
}

/// <summary>One synthetic member district with its latest context profile.</summary>
public sealed record SyntheticDistrict(
    Guid Id,
    string Name,
    string NcesLeaId,
    string State,
    int LocaleCode,
    int Enrollment,
    int SchoolCount,
    decimal PctEconomicallyDisadvantaged,
    decimal PctEnglishLearners,
    decimal PctStudentsWithDisabilities,
    decimal TeacherFte,
    SyntheticSharing Sharing,
    bool Submits);
