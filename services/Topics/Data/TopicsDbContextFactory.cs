using Consortium.ServiceDefaults.Data;

namespace Consortium.Topics.Data;

/// <summary>For <c>dotnet ef</c> (design time only).</summary>
internal sealed class TopicsDbContextFactory : DesignTimeDbContextFactory<TopicsDbContext>;
