using Consortium.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Consortium.Topics.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service (it never connects).</summary>
internal sealed class TopicsDbContextFactory : IDesignTimeDbContextFactory<TopicsDbContext>
{
    public TopicsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TopicsDbContext>();
        DatabaseExtensions.Configure(options, "Host=localhost;Database=topics-db");
        return new TopicsDbContext(options.Options);
    }
}
