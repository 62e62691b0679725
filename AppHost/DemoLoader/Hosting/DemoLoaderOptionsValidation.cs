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

        if (string.IsNullOrWhiteSpace(options.SigningKey))
        {
            failures.Add(Missing(DemoLoaderOptions.SigningKeyKey, "the base64 key the services validate bearer tokens with"));
        }
        else if (!IsKey(options.SigningKey))
        {
            failures.Add($"{DemoLoaderOptions.SigningKeyKey} is not a base64 key of at least 32 bytes.");
        }

        if (options.LoadsPeople)
        {
            if (options.IdentityHttpAddress is null)
            {
                failures.Add(Missing(DemoLoaderOptions.IdentityHttpAddressKey, "the identity service's HTTP address (its token endpoint), e.g. http://127.0.0.1:5160"));
            }

            if (options.PeoplePassword is not { Length: >= 12 })
            {
                failures.Add(Missing(DemoLoaderOptions.PeoplePasswordKey, "the demo people's password, at least 12 characters with upper and lower case and a digit"));
            }

            if (string.IsNullOrWhiteSpace(options.DevelopmentClientSecret))
            {
                failures.Add(Missing(DemoLoaderOptions.DevelopmentClientSecretKey, "the identity service's development client secret"));
            }
        }

        if (!Directory.Exists(options.DataDirectory))
        {
            failures.Add($"The data directory {options.DataDirectory} does not exist (set {DemoLoaderOptions.DataDirectoryKey}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string Missing(string key, string what) =>
        $"{key} is not set: {what} (environment variable {key.Replace(":", "__", StringComparison.Ordinal)}).";

    private static bool IsKey(string base64)
    {
        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64.Trim(), buffer, out var length) && length >= 32;
    }
}
