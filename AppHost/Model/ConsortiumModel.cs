using Consortium.Hosting;
namespace Consortium.AppHost.Model;

/// <summary>
/// What the platform consists of: the one place that says what runs and what uses what (as an
/// Aspire AppHost's Program.cs would). Infrastructure (PostgreSQL with a database per service,
/// RabbitMQ, Redis) is started for everything listed here.
/// </summary>
public static class ConsortiumModel
{
    public static IReadOnlyList<ServiceResource> Services { get; } =
    [
        new()
        {
            Name = ResourceNames.Districts,
            ProjectDirectory = "services/Districts",
            AssemblyName = "Consortium.Districts",
            Database = ResourceNames.DistrictsDb,
            UsesMessaging = true,
            UsesCache = true,
            HttpPort = 5110,
            GrpcPort = 5111,
        },
        new()
        {
            Name = ResourceNames.Topics,
            ProjectDirectory = "services/Topics",
            AssemblyName = "Consortium.Topics",
            Database = ResourceNames.TopicsDb,
            UsesMessaging = true,
            HttpPort = 5120,
            GrpcPort = 5121,
        },
        new()
        {
            Name = ResourceNames.Submissions,
            ProjectDirectory = "services/Submissions",
            AssemblyName = "Consortium.Submissions",
            Database = ResourceNames.SubmissionsDb,
            UsesMessaging = true,
            HttpPort = 5130,
            GrpcPort = 5131,
        },
        new()
        {
            Name = ResourceNames.Pipeline,
            ProjectDirectory = "services/Pipeline",
            AssemblyName = "Consortium.Pipeline",
            Database = ResourceNames.PipelineDb,
            UsesMessaging = true,
            HttpPort = 5140,
            GrpcPort = 5141,
        },
        new()
        {
            Name = ResourceNames.Insights,
            ProjectDirectory = "services/Insights",
            AssemblyName = "Consortium.Insights",
            Database = ResourceNames.InsightsDb,
            UsesMessaging = true,
            UsesCache = true,
            HttpPort = 5150,
            GrpcPort = 5151,
        },
    ];

    /// <summary>Services ordered so that each comes after the services it references.</summary>
    public static IReadOnlyList<ServiceResource> InStartOrder(IReadOnlyList<ServiceResource> services)
    {
        var ordered = new List<ServiceResource>();
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        var byName = services.ToDictionary(service => service.Name, StringComparer.Ordinal);

        void Visit(ServiceResource service)
        {
            if (ordered.Contains(service))
            {
                return;
            }

            if (!visiting.Add(service.Name))
            {
                throw new InvalidOperationException($"Services reference each other in a cycle through '{service.Name}'.");
            }

            foreach (var reference in service.References)
            {
                Visit(byName.TryGetValue(reference, out var referenced)
                    ? referenced
                    : throw new InvalidOperationException($"'{service.Name}' references unknown service '{reference}'."));
            }

            ordered.Add(service);
        }

        foreach (var service in services)
        {
            Visit(service);
        }

        return ordered;
    }
}
