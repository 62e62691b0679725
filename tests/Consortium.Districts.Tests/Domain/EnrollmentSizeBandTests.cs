using Consortium.Districts.Domain;
using Xunit;

namespace Consortium.Districts.Tests.Domain;

public class EnrollmentSizeBandTests
{
    [Theory]
    [InlineData(0, EnrollmentSizeBand.Small)]
    [InlineData(1, EnrollmentSizeBand.Small)]
    [InlineData(2_499, EnrollmentSizeBand.Small)]
    [InlineData(2_500, EnrollmentSizeBand.Medium)]
    [InlineData(9_999, EnrollmentSizeBand.Medium)]
    [InlineData(10_000, EnrollmentSizeBand.Large)]
    [InlineData(24_999, EnrollmentSizeBand.Large)]
    [InlineData(25_000, EnrollmentSizeBand.VeryLarge)]
    [InlineData(2_000_000, EnrollmentSizeBand.VeryLarge)]
    public void Classify_uses_the_band_boundaries(int enrollment, EnrollmentSizeBand band) =>
        Assert.Equal(band, EnrollmentSizeBands.Classify(enrollment));

    [Fact]
    public void Classify_rejects_negative_enrollment() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => EnrollmentSizeBands.Classify(-1));

    [Theory]
    [InlineData(EnrollmentSizeBand.Small, "Small (under 2,500)")]
    [InlineData(EnrollmentSizeBand.Medium, "Medium (2,500–9,999)")]
    [InlineData(EnrollmentSizeBand.Large, "Large (10,000–24,999)")]
    [InlineData(EnrollmentSizeBand.VeryLarge, "Very large (25,000 or more)")]
    public void Label_names_each_band(EnrollmentSizeBand band, string label) =>
        Assert.Equal(label, EnrollmentSizeBands.Label(band));
}
