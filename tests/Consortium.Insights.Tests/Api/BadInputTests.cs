using Consortium.Contracts.Insights.V1;
using Consortium.Testing.Services;
using Xunit;

namespace Consortium.Insights.Tests.Api;

/// <summary>Every RPC of the Insights contract, called with malformed input (see <see cref="BadInputSuite"/>).</summary>
public sealed class BadInputTests(InsightsServiceFixture fixture) : IClassFixture<InsightsServiceFixture>
{
    [Fact]
    public async Task Every_rpc_refuses_malformed_input_naming_the_field_and_changes_nothing()
    {
        var report = await BadInputSuite.RunAsync(fixture.Service, InsightsReflection.Descriptor.Services[0], TestContext.Current.CancellationToken);

        TestContext.Current.TestOutputHelper?.WriteLine($"Insights: {report.Calls} malformed calls");
        Assert.True(report.Failures.Count == 0, string.Join('\n', report.Failures));
        Assert.NotEqual(0, report.Calls);
    }
}
