using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Consortium.DemoLoader.Hosting;

/// <summary>
/// Reads <see cref="DemoLoaderOptions"/> from configuration by the exact keys the app host sets;
/// the service-discovery keys are paths with an index, which plain binding cannot map to names.
/// </summary>
internal sealed class DemoLoaderOptionsSetup(IConfiguration configuration) : IConfigureOptions<DemoLoaderOptions>
{
    public void Configure(DemoLoaderOptions options)
    {
        foreach (var service in DemoLoaderOptions.Services.Concat(DemoLoaderOptions.OptionalServices))
        {
            var address = configuration[DemoLoaderOptions.ServiceAddressKey(service)];
            options.ServiceAddresses[service] = Uri.TryCreate(address, UriKind.Absolute, out var uri) ? uri : null;
        }

        options.IdentityHttpAddress = Uri.TryCreate(configuration[DemoLoaderOptions.IdentityHttpAddressKey], UriKind.Absolute, out var identity) ? identity : null;
        options.PeoplePassword = configuration[DemoLoaderOptions.PeoplePasswordKey];
        options.DevelopmentClientSecret = configuration[DemoLoaderOptions.DevelopmentClientSecretKey];
        if (configuration[DemoLoaderOptions.DataDirectoryKey] is { Length: > 0 } directory)
        {
            options.DataDirectory = Path.GetFullPath(directory);
        }
    }
}
