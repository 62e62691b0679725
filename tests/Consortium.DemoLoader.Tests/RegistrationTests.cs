using Consortium.DemoLoader.Hosting;
using Consortium.DemoLoader.Loading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace Consortium.DemoLoader.Tests;

/// <summary>The loader's services can all be registered and built (a name clash between gRPC clients fails here, not at start).</summary>
public sealed class RegistrationTests
{
    [Fact]
    public void The_loader_host_builds_and_makes_its_load()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Development });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["services:districts:grpc:0"] = "http://127.0.0.1:5111",
            ["services:topics:grpc:0"] = "http://127.0.0.1:5121",
            ["services:submissions:grpc:0"] = "http://127.0.0.1:5131",
            ["services:pipeline:grpc:0"] = "http://127.0.0.1:5141",
            ["services:identity:grpc:0"] = "http://127.0.0.1:5161",
            ["services:identity:http:0"] = "http://127.0.0.1:5160",
            ["Demo:People:Password"] = "Demo-People-Password-1",
            ["Demo:People:ClientSecret"] = "secret",
            ["Demo:DataDirectory"] = DemoData.Directory,
        });
        builder.AddDemoLoader();

        using var host = builder.Build();

        Assert.NotNull(host.Services.GetRequiredService<DemoLoad>());
    }
}
