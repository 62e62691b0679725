using Consortium.ServiceDefaults.Data;

namespace Consortium.Pipeline.Data;

/// <summary>For <c>dotnet ef</c> (design time only).</summary>
internal sealed class PipelineDbContextFactory : DesignTimeDbContextFactory<PipelineDbContext>;
