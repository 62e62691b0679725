using Consortium.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Consortium.Districts.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service (it never connects).</summary>
internal sealed class DistrictsDbContextFactory : IDesignTimeDbContextFactory<DistrictsDbContext>
{
    public DistrictsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<DistrictsDbContext>();
        DatabaseExtensions.Configure(options, "Host=localhost;Database=districts-db");
        return new DistrictsDbContext(options.Options);
    }
}
