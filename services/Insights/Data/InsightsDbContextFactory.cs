using Consortium.ServiceDefaults.Data;

namespace Consortium.Insights.Data;

/// <summary>For <c>dotnet ef</c> (design time only).</summary>
internal sealed class InsightsDbContextFactory : DesignTimeDbContextFactory<InsightsDbContext>;
