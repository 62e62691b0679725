using Consortium.Contracts.Events.Districts.V1;
using Consortium.Contracts.Insights.V1;
using Consortium.Insights.Tests.Api;
using Xunit;

namespace Consortium.Insights.Tests.Adversarial;

/// <summary>
/// Attack 2 of issue 10: mean minus what is shown. The caller knows every named value (shown with
/// names here and elsewhere), every anonymous value (Submissions lists accepted anonymous
/// submissions with their values) and its own; n·mean minus all of them is the sum of the private
/// values. Property: no private value is confined to an interval narrower than the policy's
/// tolerance, over generated consortia with one to k−1 private districts.
/// </summary>
public sealed class MeanMinusShownAttackTests(InsightsServiceFixture fixture) : IClassFixture<InsightsServiceFixture>
{
    [Theory]
    [MemberData(nameof(GeneratedConsortium.Seeds), MemberType = typeof(GeneratedConsortium))]
    public async Task No_private_value_is_pinned_by_the_mean_and_the_values_shown_anywhere(int seed)
    {
        // One private district among seven to thirteen (odd sizes, so an exact mean has many digits).
        var consortium = await GeneratedConsortium.CreateAsync(fixture, seed, size: 7 + (2 * (seed % 4)), privateOthers: 1);
        var lead = fixture.LeadOf(consortium.Attacker.Id);

        var answer = await lead.CompareTargetAsync(ApiScenario.Compare(consortium.Topic));

        // Everything the caller can know by name or bare value, wherever it was shown.
        decimal[] known = [.. consortium.Members.Where(m => m.Sharing != SharingPreferenceV1.Private).Select(m => m.Value)];
        AssertNothingPinned(consortium, Attacker.HiddenValueBounds(answer, known));
    }

    private static void AssertNothingPinned(GeneratedConsortium consortium, (decimal Low, decimal High, int Unknown)? bounds)
    {
        if (bounds is not { } b)
        {
            return; // nothing derivable: no mean, or every value in it is already known
        }

        foreach (var hidden in consortium.Others.Where(m => m.Sharing == SharingPreferenceV1.Private && m.Value >= b.Low && m.Value <= b.High))
        {
            Assert.True(
                b.High - b.Low >= Attacker.Tolerance,
                $"The private value {Attacker.Show(hidden.Value)} is pinned to [{Attacker.Show(b.Low)}, {Attacker.Show(b.High)}] ({b.Unknown} unknown).");
        }
    }
}
