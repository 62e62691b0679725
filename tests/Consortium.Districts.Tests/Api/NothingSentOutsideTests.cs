using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace Consortium.Districts.Tests.Api;

/// <summary>
/// A service sends nothing anywhere it was not asked to: MassTransit's usage reports to its
/// vendor are off (ServiceDefaults' messaging, so every service).
/// </summary>
public sealed class NothingSentOutsideTests(DistrictsServiceFixture fixture) : IClassFixture<DistrictsServiceFixture>
{
    [Fact]
    public void MassTransit_usage_telemetry_is_off()
    {
        var options = fixture.Service.Services.GetRequiredService<IOptions<UsageTelemetryOptions>>().Value;

        Assert.False(options.Enabled);
    }
}
