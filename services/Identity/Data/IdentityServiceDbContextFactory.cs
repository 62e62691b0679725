using Consortium.ServiceDefaults.Data;

namespace Consortium.Identity.Data;

/// <summary>For <c>dotnet ef</c> (design time only).</summary>
internal sealed class IdentityServiceDbContextFactory : DesignTimeDbContextFactory<IdentityServiceDbContext>;
