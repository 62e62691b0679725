using Consortium.Contracts.Events.Districts.V1;
using Consortium.Insights.Data;
using Consortium.Insights.Domain.Peers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consortium.Insights.Api;

/// <summary>One culture construct's score in a profile.</summary>
internal sealed record ConstructScore(string Code, string Label, decimal Score, int Respondents)
{
    /// <summary>Whether the score may count outside its district (the respondent floor).</summary>
    public bool IsReportable => CountingProfiles.IsReportable(Respondents);
}

/// <summary>A counting member's latest context profile (the highest school year it reported that has started, <see cref="CountingProfiles"/>).</summary>
internal sealed record MemberProfile(
    Guid DistrictId,
    string State,
    int LocaleCode,
    string SchoolYear,
    int Enrollment,
    int SchoolCount,
    decimal PctEconomicallyDisadvantaged,
    decimal PctEnglishLearners,
    decimal PctStudentsWithDisabilities,
    decimal TeacherFte,
    IReadOnlyList<ConstructScore> Constructs,
    int ProfileVersion)
{
    /// <summary>This version of the profile, as the differencing guard counts it: a revised profile is a new member.</summary>
    public Guid ContributionId => Domain.Confidentiality.ContributionId.Of(DistrictId, $"profile:{SchoolYear}", ProfileVersion);

    /// <summary>The context matched on; null when the locale code is unknown (such a district cannot be placed).</summary>
    public DistrictContext? Context => LocaleCode / 10 is >= 1 and <= 4
        ? new DistrictContext(DistrictId, State, (LocaleClass)(LocaleCode / 10), Enrollment, PctEconomicallyDisadvantaged, PctEnglishLearners, PctStudentsWithDisabilities)
        : null;
}

/// <summary>
/// The members peers are found among: every counting district (joined, not withdrawn) with a
/// profile. Loaded once per districts generation and cached, since every peer question needs the
/// whole population (standardisation runs over it).
/// </summary>
internal sealed class MemberPopulation(InsightsDbContext db, AnswerCache cache, IOptions<InsightsOptions> options, TimeProvider time)
{
    public Task<List<MemberProfile>> ProfilesAsync(CancellationToken cancellationToken) =>
        cache.GetOrComputeAsync("population:v3", // v3: profiles carry their version
             [CacheGenerations.Districts], LoadAsync, cancellationToken);

    /// <summary>The population standardised for similarity, prepared once per districts generation in this process.</summary>
    public Task<PeerSimilarity> SimilarityAsync(CancellationToken cancellationToken) =>
        cache.GetOrBuildLocalAsync(
            "population:similarity",
            [CacheGenerations.Districts],
            async ct => new PeerSimilarity(
                [.. (await ProfilesAsync(ct)).Select(p => p.Context).OfType<DistrictContext>()], options.Value.Similarity.ToWeights()),
            similarity => similarity.Population.Count,
            cancellationToken);

    /// <summary>
    /// The <paramref name="count"/> districts most similar to <paramref name="district"/>, ranked
    /// once per districts generation: ranking walks the whole population, asking again does not.
    /// </summary>
    public Task<PeerGroup> SimilarPeersAsync(Guid district, int count, CancellationToken cancellationToken) =>
        cache.GetOrBuildLocalAsync(
            $"population:similar:{district}:{count}",
            [CacheGenerations.Districts],
            async ct => PeerGroups.Similar(await SimilarityAsync(ct), district, count),
            peers => peers.Members.Count,
            cancellationToken);

    private async Task<List<MemberProfile>> LoadAsync(CancellationToken cancellationToken)
    {
        var rows = await (
            from district in db.Districts.AsNoTracking()
            where district.Joined && district.MembershipStatus != MembershipStatusV1.Withdrawn
            join profile in db.DistrictProfiles.AsNoTracking() on district.Id equals profile.DistrictId
            select new { district.Id, district.State, district.LocaleCode, Profile = profile })
            .ToListAsync(cancellationToken);

        var now = time.GetUtcNow();
        return [.. rows
            .Where(r => CountingProfiles.Counts(r.Profile.SchoolYear, now))
            .GroupBy(r => r.Id)
            .Select(g => g.MaxBy(r => r.Profile.SchoolYear, StringComparer.Ordinal)!)
            .OrderBy(r => r.Id)
            .Select(r => new MemberProfile(
                r.Id, r.State, r.LocaleCode, r.Profile.SchoolYear, r.Profile.Enrollment, r.Profile.SchoolCount,
                r.Profile.PctEconomicallyDisadvantaged, r.Profile.PctEnglishLearners, r.Profile.PctStudentsWithDisabilities,
                r.Profile.TeacherFte,
                [.. r.Profile.CultureConstructs.Select(c => new ConstructScore(c.Code, c.Label, c.Score, c.Respondents))],
                r.Profile.ProfileVersion))];
    }
}
