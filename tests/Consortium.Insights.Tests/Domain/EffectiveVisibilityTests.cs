using Consortium.Insights.Domain.Confidentiality;
using Xunit;

namespace Consortium.Insights.Tests.Domain;

public class EffectiveVisibilityTests
{
    [Theory]
    [InlineData(Visibility.Named, Visibility.Named, Visibility.Named)]
    [InlineData(Visibility.Named, Visibility.Anonymous, Visibility.Anonymous)]
    [InlineData(Visibility.Named, Visibility.Private, Visibility.Private)]
    [InlineData(Visibility.Anonymous, Visibility.Named, Visibility.Anonymous)]
    [InlineData(Visibility.Private, Visibility.Named, Visibility.Private)]
    public void The_more_restrictive_of_submission_and_current_preference_wins(Visibility submission, Visibility preference, Visibility expected)
    {
        Assert.Equal(expected, EffectiveVisibility.Of(submission, preference));
    }

    [Fact]
    public void An_unknown_preference_is_private()
    {
        Assert.Equal(Visibility.Private, EffectiveVisibility.Of(Visibility.Named, null));
        Assert.Equal(Visibility.Private, EffectiveVisibility.Of(Visibility.Named, (Visibility)0));
    }

    [Fact]
    public void The_audit_sources_follow_the_rows_one_for_one()
    {
        var own = Guid.Parse("00000000-0000-0000-0000-000000000001");
        ContributedValue[] values =
        [
            new(own, "Own", "1", 100, Visibility.Named, 5m),
            new(Guid.Parse("00000000-0000-0000-0000-000000000002"), "B", "2", 100, Visibility.Anonymous, 1m),
            new(Guid.Parse("00000000-0000-0000-0000-000000000003"), "C", "3", 100, Visibility.Named, 3m),
        ];

        var disclosed = RowDisclosure.For(Viewer.OfDistrict(own), values, new SuppressionFloor());

        Assert.Equal([values[1].DistrictId, values[2].DistrictId], disclosed.Sources);
        Assert.Equal([1m, 3m], disclosed.Rows.Select(r => r.Value));
    }

    [Fact]
    public void A_district_set_has_a_stable_key_whatever_the_order()
    {
        var a = Guid.Parse("00000000-0000-0000-0000-000000000001");
        var b = Guid.Parse("00000000-0000-0000-0000-000000000002");

        Assert.Equal(new MemberSet([a, b]).Key, new MemberSet([b, a]).Key);
        Assert.NotEqual(new MemberSet([a]).Key, new MemberSet([a, b]).Key);
        Assert.Equal(64, new MemberSet([a]).Key.Length);
    }
}
