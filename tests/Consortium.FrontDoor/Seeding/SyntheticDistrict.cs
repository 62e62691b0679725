namespace Consortium.FrontDoor.Seeding;

/// <summary>
/// One member district of the synthetic consortium, the same for the same seed and index: its
/// context (what peer groups match on), how it shares, its value and implementation stage, and
/// whether it submits before the window's last day or in the rush at its close.
/// </summary>
internal sealed record SyntheticDistrict(
    int Index,
    string Name,
    string NcesLeaId,
    string State,
    int LocaleCode,
    int Enrollment,
    decimal PctEconomicallyDisadvantaged,
    decimal PctEnglishLearners,
    decimal PctStudentsWithDisabilities,
    Contracts.Districts.V1.SharingPreference Sharing,
    decimal Value,
    Contracts.Submissions.V1.ImplementationStage Stage)
{
    // Western states with their FIPS codes (an NCES LEA id starts with its state's).
    private static readonly (string State, string Fips)[] s_states =
        [("WA", "53"), ("OR", "41"), ("ID", "16"), ("MT", "30"), ("CA", "06"), ("NV", "32"), ("UT", "49"), ("AZ", "04"), ("CO", "08"), ("NM", "35")];
    private static readonly int[] s_localeCodes = [11, 12, 13, 21, 22, 23, 31, 32, 33, 41, 42, 43];

    /// <summary>One in five districts submits in the window-close rush; the others earlier.</summary>
    public bool SubmitsInTheRush => Index % 5 == 4;

    public static SyntheticDistrict Create(int seed, int index)
    {
        // A generator per district: district i is the same whatever else a run creates.
        var random = new Random(HashCode.Combine(seed, index));
        var enrollment = (int)Math.Round(Math.Exp(random.NextDouble() * (Math.Log(120_000) - Math.Log(150)) + Math.Log(150)));
        var sharing = random.NextDouble() switch
        {
            < 0.6 => Contracts.Districts.V1.SharingPreference.Named,
            < 0.9 => Contracts.Districts.V1.SharingPreference.Anonymous,
            _ => Contracts.Districts.V1.SharingPreference.Private,
        };
        var (state, fips) = s_states[random.Next(s_states.Length)];
        return new SyntheticDistrict(
            index,
            $"Front Door District {index:D5}",
            // 60000 and up: clear of the demo's ids (x99xxx) for the 40,000 districts a run may create.
            $"{fips}{60_000 + index:D5}",
            state,
            s_localeCodes[random.Next(s_localeCodes.Length)],
            enrollment,
            Percentage(random, 5, 95),
            Percentage(random, 0, 45),
            Percentage(random, 6, 22),
            sharing,
            Percentage(random, 0, 100),
            (Contracts.Submissions.V1.ImplementationStage)random.Next(1, 5));
    }

    private static decimal Percentage(Random random, double low, double high) =>
        Math.Round((decimal)(low + random.NextDouble() * (high - low)), 1);
}
