using Consortium.Insights.Data;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Consortium.Insights.Tests.Data;

/// <summary>
/// Every row that follows the version rule is read, compared and written back by consumers that run
/// at once, so each must carry the row version that turns the older writer away (ADR 6; the race
/// itself is proven in <c>Messaging/LostUpdateTests</c>). A new local copy that keeps a version and
/// forgets the row version fails here.
/// </summary>
public sealed class RowVersionTests
{
    [Fact]
    public void Every_row_that_keeps_a_version_carries_the_row_version()
    {
        using var db = new InsightsDbContext(new DbContextOptionsBuilder<InsightsDbContext>().UseNpgsql("Host=model-only").Options);
        var versioned = db.Model.GetEntityTypes()
            .Where(entity => !entity.IsOwned() && entity.GetProperties().Any(p => p.ClrType == typeof(int) && p.Name.EndsWith("Version", StringComparison.Ordinal)))
            .ToList();

        Assert.NotEmpty(versioned);
        Assert.All(versioned, entity =>
        {
            var token = entity.FindProperty(RowVersions.Property);
            Assert.True(token is { IsConcurrencyToken: true } && token.GetColumnName() == "xmin", $"{entity.ClrType.Name} keeps a version but no row version.");
        });
    }
}
