using Consortium.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Consortium.Submissions.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service (it never connects).</summary>
internal sealed class SubmissionsDbContextFactory : IDesignTimeDbContextFactory<SubmissionsDbContext>
{
    public SubmissionsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SubmissionsDbContext>();
        DatabaseExtensions.Configure(options, "Host=localhost;Database=submissions-db");
        return new SubmissionsDbContext(options.Options);
    }
}
