using Consortium.Contracts.Topics.V1;
using Consortium.Testing.Services;
using Xunit;


namespace Consortium.Topics.Tests.Api;

/// <summary>Every RPC of the Topics contract, called with malformed input (see <see cref="BadInputSuite"/>).</summary>
public sealed class BadInputTests(TopicsServiceFixture fixture) : IClassFixture<TopicsServiceFixture>
{
    [Fact]
    public async Task Every_rpc_refuses_malformed_input_naming_the_field_and_changes_nothing()
    {
        var report = await BadInputSuite.RunAsync(fixture.Service, TopicsReflection.Descriptor.Services[0], TestContext.Current.CancellationToken);

        TestContext.Current.TestOutputHelper?.WriteLine($"Topics: {report.Calls} malformed calls");
        Assert.True(report.Failures.Count == 0, string.Join('\n', report.Failures));
        Assert.NotEqual(0, report.Calls);
    }
}
