using Consortium.ServiceDefaults.Data;

namespace Consortium.Submissions.Data;

/// <summary>For <c>dotnet ef</c> (design time only).</summary>
internal sealed class SubmissionsDbContextFactory : DesignTimeDbContextFactory<SubmissionsDbContext>;
