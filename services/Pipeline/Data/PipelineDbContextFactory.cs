using Consortium.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Consortium.Pipeline.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service (it never connects).</summary>
internal sealed class PipelineDbContextFactory : IDesignTimeDbContextFactory<PipelineDbContext>
{
    public PipelineDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PipelineDbContext>();
        DatabaseExtensions.Configure(options, "Host=localhost;Database=pipeline-db");
        return new PipelineDbContext(options.Options);
    }
}
