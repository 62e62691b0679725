using Consortium.DemoLoader.Hosting;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace Consortium.DemoLoader.Tests;

/// <summary>The configuration contract with the app host: exactly these keys, and a clear word when one is missing.</summary>
public sealed class OptionsTests
{
    [Fact]
    public void Service_addresses_and_the_token_endpoint_come_from_the_service_discovery_keys()
    {
        var options = Configure(new()
        {
            ["services:districts:grpc:0"] = "http://127.0.0.1:5111",
            ["services:topics:grpc:0"] = "http://127.0.0.1:5112",
            ["services:submissions:grpc:0"] = "http://127.0.0.1:5113",
            ["services:pipeline:grpc:0"] = "http://127.0.0.1:5114",
            ["services:identity:http:0"] = "http://127.0.0.1:5160",
            ["Demo:People:ClientSecret"] = "secret",
            ["Demo:DataDirectory"] = DemoData.Directory,
        });

        Assert.Equal(new Uri("http://127.0.0.1:5113"), options.AddressOf("submissions"));
        Assert.Equal(new Uri("http://127.0.0.1:5160"), options.IdentityHttpAddress);
        Assert.Equal("secret", options.DevelopmentClientSecret);
        Assert.False(options.LoadsPeople);
        Assert.Equal(DemoData.Directory, options.DataDirectory);
        Assert.True(new DemoLoaderOptionsValidation().Validate(null, options).Succeeded);
    }

    [Fact]
    public void The_data_directory_defaults_to_Data_next_to_the_program()
    {
        var options = Configure([]);

        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "Data"), options.DataDirectory);
    }

    [Fact]
    public void Missing_settings_are_named_with_their_environment_variables()
    {
        var options = Configure(new() { ["services:districts:grpc:0"] = "http://127.0.0.1:5111" });

        var result = new DemoLoaderOptionsValidation().Validate(null, options);

        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        Assert.Contains(failures, f => f.Contains("services__pipeline__grpc__0", StringComparison.Ordinal));
        // Every token comes from the identity service: its token endpoint and the development client's secret.
        Assert.Contains(failures, f => f.Contains("services__identity__http__0", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Demo__People__ClientSecret", StringComparison.Ordinal));
        Assert.DoesNotContain(failures, f => f.Contains("services__districts__grpc__0", StringComparison.Ordinal));
    }

    private static DemoLoaderOptions Configure(Dictionary<string, string?> settings)
    {
        var options = new DemoLoaderOptions();
        new DemoLoaderOptionsSetup(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).Configure(options);
        return options;
    }

    [Fact]
    public void With_the_identity_service_gRPC_address_the_people_password_is_required_and_named()
    {
        var options = Configure(new() { ["services:identity:grpc:0"] = "http://127.0.0.1:5161" });

        Assert.True(options.LoadsPeople);
        var failures = new DemoLoaderOptionsValidation().Validate(null, options).Failures!.ToList();
        Assert.Contains(failures, f => f.Contains("Demo__People__Password", StringComparison.Ordinal));
        Assert.False(Configure([]).LoadsPeople);
        Assert.DoesNotContain(new DemoLoaderOptionsValidation().Validate(null, Configure([])).Failures!, f => f.Contains("Demo__People__Password", StringComparison.Ordinal));
    }
}
