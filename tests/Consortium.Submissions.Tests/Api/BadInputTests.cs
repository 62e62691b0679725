using Consortium.Contracts.Audit.V1;
using Consortium.Contracts.Submissions.V1;
using Consortium.Testing.Services;
using Xunit;


namespace Consortium.Submissions.Tests.Api;

/// <summary>Every RPC of the Submissions contract, called with malformed input (see <see cref="BadInputSuite"/>).</summary>
public sealed class BadInputTests(SubmissionsServiceFixture fixture) : IClassFixture<SubmissionsServiceFixture>
{
    [Fact]
    public async Task Every_rpc_refuses_malformed_input_naming_the_field_and_changes_nothing()
    {
        var report = await BadInputSuite.RunAsync(fixture.Service, SubmissionsReflection.Descriptor.Services[0], TestContext.Current.CancellationToken);

        TestContext.Current.TestOutputHelper?.WriteLine($"Submissions: {report.Calls} malformed calls");
        Assert.True(report.Failures.Count == 0, string.Join('\n', report.Failures));
        Assert.NotEqual(0, report.Calls);
    }

    [Fact]
    public async Task The_shared_audit_trail_refuses_malformed_input_naming_the_field()
    {
        var report = await BadInputSuite.RunAsync(fixture.Service, AuditReflection.Descriptor.Services[0], TestContext.Current.CancellationToken);

        TestContext.Current.TestOutputHelper?.WriteLine($"AuditTrail: {report.Calls} malformed calls");
        Assert.True(report.Failures.Count == 0, string.Join('\n', report.Failures));
        Assert.NotEqual(0, report.Calls);
    }
}
