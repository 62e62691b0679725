using Microsoft.Extensions.Options;

namespace Consortium.DemoLoader.Hosting;

/// <summary>Says, by configuration key and environment variable, what is missing or unusable.</summary>
internal sealed class DemoLoaderOptionsValidation : IValidateOptions<DemoLoaderOptions>
{
    public ValidateOptionsResult Validate(string? name, DemoLoaderOptions options)
    {
        var failures = new List<string>();
        foreach (var service in DemoLoaderOptions.Services.Where(s => options.ServiceAddresses.GetValueOrDefault(s) is null))
        {
            failures.Add(Missing(DemoLoaderOptions.ServiceAddressKey(service), $"the gRPC address of {service}, e.g. http://127.0.0.1:5111"));
        }

        // Every token comes from the identity service's token endpoint (ADR 23).
        if (options.IdentityHttpAddress is null)
        {
            failures.Add(Missing(DemoLoaderOptions.IdentityHttpAddressKey, "the identity service's HTTP address (its token endpoint), e.g. http://127.0.0.1:5160"));
        }

        if (string.IsNullOrWhiteSpace(options.DevelopmentClientSecret))
        {
            failures.Add(Missing(DemoLoaderOptions.DevelopmentClientSecretKey, "the identity service's development client secret"));
        }

        if (options.LoadsPeople && options.PeoplePassword is not { Length: >= 12 })
        {
            failures.Add(Missing(DemoLoaderOptions.PeoplePasswordKey, "the demo people's password, at least 12 characters with upper and lower case and a digit"));
        }

        if (!Directory.Exists(options.DataDirectory))
        {
            failures.Add($"The data directory {options.DataDirectory} does not exist (set {DemoLoaderOptions.DataDirectoryKey}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string Missing(string key, string what) =>
        $"{key} is not set: {what} (environment variable {key.Replace(":", "__", StringComparison.Ordinal)}).";
}
