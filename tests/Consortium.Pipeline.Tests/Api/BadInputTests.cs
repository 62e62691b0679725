using Consortium.Contracts.Pipeline.V1;
using Consortium.Testing.Services;
using Xunit;


namespace Consortium.Pipeline.Tests.Api;

/// <summary>Every RPC of the Pipeline contract, called with malformed input (see <see cref="BadInputSuite"/>).</summary>
public sealed class BadInputTests(PipelineServiceFixture fixture) : IClassFixture<PipelineServiceFixture>
{
    [Fact]
    public async Task Every_rpc_refuses_malformed_input_naming_the_field_and_changes_nothing()
    {
        var report = await BadInputSuite.RunAsync(fixture.Service, PipelineReflection.Descriptor.Services[0], TestContext.Current.CancellationToken);

        TestContext.Current.TestOutputHelper?.WriteLine($"Pipeline: {report.Calls} malformed calls");
        Assert.True(report.Failures.Count == 0, string.Join('\n', report.Failures));
        Assert.NotEqual(0, report.Calls);
    }
}
