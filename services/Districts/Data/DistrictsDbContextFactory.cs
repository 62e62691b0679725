using Consortium.ServiceDefaults.Data;

namespace Consortium.Districts.Data;

/// <summary>For <c>dotnet ef</c> (design time only).</summary>
internal sealed class DistrictsDbContextFactory : DesignTimeDbContextFactory<DistrictsDbContext>;
