using Consortium.Insights.Domain.Peers;
using Consortium.ServiceDefaults.Domain;
using Xunit;

namespace Consortium.Insights.Tests.Domain;

public class PeerSimilarityTests
{
    private static readonly DistrictContext Target = Ctx(1, 5000, 40, 10, 14, LocaleClass.Suburb);
    private static readonly DistrictContext Twin = Ctx(2, 5000, 40, 10, 14, LocaleClass.Suburb);
    private static readonly DistrictContext RuralTwin = Ctx(3, 5000, 40, 10, 14, LocaleClass.Rural);
    private static readonly DistrictContext BigCity = Ctx(4, 50000, 80, 30, 10, LocaleClass.City);
    private static readonly DistrictContext TinyRural = Ctx(5, 800, 20, 2, 18, LocaleClass.Rural, "OH");
    private static readonly DistrictContext SameSizePoorer = Ctx(6, 5000, 75, 10, 14, LocaleClass.Suburb);
    private static readonly DistrictContext BiggerSamePoverty = Ctx(7, 40000, 40, 10, 14, LocaleClass.Suburb);

    private static readonly DistrictContext[] Population = [Target, Twin, RuralTwin, BigCity, TinyRural, SameSizePoorer, BiggerSamePoverty];

    private static DistrictContext Ctx(int id, int enrollment, decimal econ, decimal el, decimal swd, LocaleClass locale, string state = "CA") =>
        new(new Guid($"00000000-0000-0000-0000-{id:D12}"), state, locale, enrollment, econ, el, swd);

    [Fact]
    public void The_most_similar_come_first_and_the_district_itself_never()
    {
        var peers = new PeerSimilarity(Population, SimilarityWeights.Equal).MostSimilar(Target, 3);

        Assert.Equal([Twin.DistrictId, RuralTwin.DistrictId], peers.Take(2).Select(p => p.DistrictId));
        Assert.DoesNotContain(peers, p => p.DistrictId == Target.DistrictId);
        Assert.Equal((0d, 100d), (peers[0].Distance, peers[0].Similarity));
    }

    [Fact]
    public void A_different_locale_class_is_one_standard_deviation_on_its_axis()
    {
        // Only locale differs: d = √(1·1² / 5) with five equal weights; similarity = 100 / (1 + d).
        var similarity = new PeerSimilarity(Population, SimilarityWeights.Equal);
        var expected = Math.Sqrt(1d / 5);

        Assert.Equal(expected, similarity.Distance(Target, RuralTwin), 12);
        Assert.Equal(100 / (1 + expected), similarity.MostSimilar(Target, 2)[1].Similarity, 12);
    }

    [Fact]
    public void Weights_change_who_is_most_similar()
    {
        var bySize = new PeerSimilarity(Population, new SimilarityWeights(Enrollment: 10, Locale: 0)).MostSimilar(SameSizePoorer, 6);
        var byPoverty = new PeerSimilarity(Population, new SimilarityWeights(EconomicallyDisadvantaged: 10, Locale: 0)).MostSimilar(BiggerSamePoverty, 6);

        // Size dominates: the 5,000-student districts beat the one with the same poverty rate.
        Assert.True(Rank(bySize, Target) < Rank(bySize, BiggerSamePoverty));
        // Poverty dominates: a 5,000-student district at 40% beats one of 5,000 at 75% for a 40,000-student, 40% district.
        Assert.True(Rank(byPoverty, Target) < Rank(byPoverty, SameSizePoorer));
    }

    [Fact]
    public void Ties_break_by_district_id_whatever_the_input_order()
    {
        var weights = new SimilarityWeights(Locale: 0);
        var forward = new PeerSimilarity(Population, weights).MostSimilar(Target, 2);
        var backward = new PeerSimilarity([.. Population.Reverse()], weights).MostSimilar(Target, 2);

        // Twin and RuralTwin are both at distance 0 once locale does not count.
        Assert.Equal([Twin.DistrictId, RuralTwin.DistrictId], forward.Select(p => p.DistrictId));
        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Asking_for_more_peers_than_exist_returns_all_others()
    {
        Assert.Equal(6, new PeerSimilarity(Population, SimilarityWeights.Equal).MostSimilar(Target, 50).Count);
    }

    [Fact]
    public void A_dimension_on_which_all_are_equal_adds_nothing()
    {
        DistrictContext[] sameEl = [Target, Twin, SameSizePoorer];
        var similarity = new PeerSimilarity(sameEl, SimilarityWeights.Equal);

        Assert.Equal(0d, similarity.Distance(Target, Twin));
        Assert.True(double.IsFinite(similarity.Distance(Target, SameSizePoorer)));
    }

    [Fact]
    public void Ranking_a_population_is_sorting_it_by_the_documented_distance()
    {
        // 400 districts with random profiles, and 100 exact copies of some of them under other ids
        // (copies tie exactly, so the order among them is the district id's).
        var random = new Random(14);
        var originals = Enumerable.Range(1, 400).Select(i => Ctx(
            i, random.Next(100, 60_000), Percent(random), Percent(random), Percent(random), (LocaleClass)random.Next(1, 5))).ToList();
        var copies = Enumerable.Range(401, 100).Select(i => originals[random.Next(originals.Count)] with { DistrictId = Ctx(i, 1, 0, 0, 0, LocaleClass.City).DistrictId });
        DistrictContext[] population = [.. originals, .. copies];
        var weights = new SimilarityWeights(Enrollment: 2, EconomicallyDisadvantaged: 1, EnglishLearners: 0.5, WithDisabilities: 1, Locale: 3);
        var similarity = new PeerSimilarity(population, weights);

        // Members and a district outside the population (a district asking before its profile counts).
        foreach (var target in population.Take(25).Append(Ctx(9_999, 2_500, 33.3m, 4m, 12.5m, LocaleClass.Town)))
        {
            var expected = population
                .Where(d => d.DistrictId != target.DistrictId)
                .Select(d => (d.DistrictId, Distance: DocumentedDistance(population, weights, target, d)))
                .OrderBy(m => Math.Round(m.Distance, 9)).ThenBy(m => m.DistrictId)
                .Take(20)
                .ToList();

            var peers = similarity.MostSimilar(target, 20);

            Assert.Equal(expected.Select(e => e.DistrictId), peers.Select(p => p.DistrictId));
            Assert.All(expected.Zip(peers), pair => Assert.Equal(pair.First.Distance, pair.Second.Distance, 9));
        }
    }

    [Fact]
    public void Bad_weights_are_reported_together()
    {
        var error = Assert.Throws<DomainValidationException>(() => new SimilarityWeights(Enrollment: -1, Locale: double.NaN).Validated());
        Assert.Equal(["weights.enrollment", "weights.locale"], error.Violations.Select(v => v.Field));

        var zero = Assert.Throws<DomainValidationException>(() => new SimilarityWeights(0, 0, 0, 0, 0).Validated());
        Assert.Equal("weights", Assert.Single(zero.Violations).Field);
    }

    [Fact]
    public void Explicit_filters_select_by_locale_size_band_and_state()
    {
        Assert.Equal([RuralTwin.DistrictId, TinyRural.DistrictId], new PeerFilter(Locale: LocaleClass.Rural).Apply(Population).Select(d => d.DistrictId));
        Assert.Equal([TinyRural.DistrictId], new PeerFilter(State: "oh").Apply(Population).Select(d => d.DistrictId));
        Assert.Equal([BigCity.DistrictId, BiggerSamePoverty.DistrictId], new PeerFilter(SizeBand: SizeBand.VeryLarge).Apply(Population).Select(d => d.DistrictId));
        Assert.Equal(Population.Length, new PeerFilter().Apply(Population).Count);
    }

    [Theory]
    [InlineData(2_499, SizeBand.Small)]
    [InlineData(2_500, SizeBand.Medium)]
    [InlineData(10_000, SizeBand.Large)]
    [InlineData(25_000, SizeBand.VeryLarge)]
    public void Size_bands_follow_the_nces_breaks(int enrollment, SizeBand band)
    {
        Assert.Equal(band, SizeBands.Classify(enrollment));
    }

    private static decimal Percent(Random random) => Math.Round((decimal)random.NextDouble() * 100, 2);

    // The class summary's formula, written out from scratch: each difference in population
    // standard deviations, weighted, root-mean-square; locale 1 when the classes differ.
    private static double DocumentedDistance(DistrictContext[] population, SimilarityWeights weights, DistrictContext a, DistrictContext b)
    {
        double Sd(Func<DistrictContext, double> value)
        {
            var mean = population.Average(value);
            return Math.Sqrt(population.Sum(d => Math.Pow(value(d) - mean, 2)) / population.Length);
        }

        double Term(double weight, Func<DistrictContext, double> value) => weight * Math.Pow((value(a) - value(b)) / Sd(value), 2);

        var sum = Term(weights.Enrollment, d => Math.Log(1 + (double)d.Enrollment))
            + Term(weights.EconomicallyDisadvantaged, d => (double)d.PctEconomicallyDisadvantaged)
            + Term(weights.EnglishLearners, d => (double)d.PctEnglishLearners)
            + Term(weights.WithDisabilities, d => (double)d.PctWithDisabilities)
            + (a.Locale == b.Locale ? 0 : weights.Locale);
        return Math.Sqrt(sum / weights.Total);
    }

    private static int Rank(IReadOnlyList<PeerMatch> peers, DistrictContext district) =>
        peers.Select((p, i) => (p, i)).Single(x => x.p.DistrictId == district.DistrictId).i;
}
