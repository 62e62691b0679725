using Consortium.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Consortium.Insights.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service (it never connects).</summary>
internal sealed class InsightsDbContextFactory : IDesignTimeDbContextFactory<InsightsDbContext>
{
    public InsightsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<InsightsDbContext>();
        DatabaseExtensions.Configure(options, "Host=localhost;Database=insights-db");
        return new InsightsDbContext(options.Options);
    }
}
