using Consortium.Hosting;

namespace Consortium.DemoLoader.Hosting;

/// <summary>
/// What the loader needs from its host: where the services answer (Aspire's service-discovery
/// keys, <c>services__districts__grpc__0=http://…</c> in the environment), the identity service
/// that gives it tokens (its development client's secret), and where the data files are.
/// </summary>
internal sealed class DemoLoaderOptions
{
    public const string DataDirectoryKey = "Demo:DataDirectory";
    public const string IdentityHttpAddressKey = "services:identity:http:0";
    public const string PeoplePasswordKey = "Demo:People:Password";
    public const string DevelopmentClientSecretKey = "Demo:People:ClientSecret";

    /// <summary>The services the loader writes through, by resource name.</summary>
    public static IReadOnlyList<string> Services { get; } =
        [ResourceNames.Districts, ResourceNames.Topics, ResourceNames.Submissions, ResourceNames.Pipeline];

    /// <summary>
    /// Services the loader only waits for when given their address: Insights builds its read model
    /// from the others' events and sees only those published after its queues exist.
    /// </summary>
    public static IReadOnlyList<string> OptionalServices { get; } = [ResourceNames.Insights, ResourceNames.Identity];

    /// <summary>Each service's gRPC address, by resource name; a service may be missing until validation says so.</summary>
    public Dictionary<string, Uri?> ServiceAddresses { get; } = new(StringComparer.Ordinal);

    /// <summary>The services to wait for before loading: the required ones, and the optional ones given.</summary>
    public IEnumerable<string> AwaitedServices =>
        Services.Concat(OptionalServices.Where(service => ServiceAddresses.GetValueOrDefault(service) is not null));

    /// <summary>The identity service's HTTP address: its token endpoint gives every token the loader uses.</summary>
    public Uri? IdentityHttpAddress { get; set; }

    /// <summary>The demo people's shared password (Development only; the app host keeps it in its state folder).</summary>
    public string? PeoplePassword { get; set; }

    /// <summary>The identity service's development client's secret (client credentials; Development only).</summary>
    public string? DevelopmentClientSecret { get; set; }

    /// <summary>Whether the demo people are loaded: only when the identity service's gRPC address is given.</summary>
    public bool LoadsPeople => ServiceAddresses.GetValueOrDefault(ResourceNames.Identity) is not null;

    public string DataDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "Data");

    public static string ServiceAddressKey(string service) => $"services:{service}:grpc:0";

    public Uri AddressOf(string service) =>
        ServiceAddresses.GetValueOrDefault(service) ?? throw new InvalidOperationException($"No address for {service}; options were not validated.");
}
