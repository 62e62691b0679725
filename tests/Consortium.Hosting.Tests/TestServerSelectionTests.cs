using Consortium.Testing;

namespace Consortium.Hosting.Tests;

public sealed class TestServerSelectionTests
{
    [Theory]
    [InlineData(null, true, true, TestServerMode.Local)]
    [InlineData("", false, false, TestServerMode.Local)]
    [InlineData("auto", false, true, TestServerMode.Containers)]
    [InlineData("auto", true, true, TestServerMode.Local)]
    [InlineData("local", false, true, TestServerMode.Local)]
    [InlineData(" Containers ", true, false, TestServerMode.Containers)]
    public async Task Chooses_containers_only_when_asked_or_when_only_docker_is_available(
        string? setting, bool localInstalled, bool dockerReachable, TestServerMode expected)
    {
        var mode = await TestServerSelection.ChooseAsync(
            setting, () => localInstalled, _ => Task.FromResult(dockerReachable), TestContext.Current.CancellationToken);

        Assert.Equal(expected, mode);
    }

    [Fact]
    public async Task Auto_does_not_probe_docker_when_the_local_servers_are_installed()
    {
        var mode = await TestServerSelection.ChooseAsync(
            "auto", () => true, _ => throw new InvalidOperationException("probed"), TestContext.Current.CancellationToken);

        Assert.Equal(TestServerMode.Local, mode);
    }

    [Fact]
    public async Task An_unknown_setting_is_refused_with_the_valid_ones()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => TestServerSelection.ChooseAsync(
            "docker", () => true, _ => Task.FromResult(true), TestContext.Current.CancellationToken));

        Assert.Contains("auto, local or containers", error.Message, StringComparison.Ordinal);
    }
}
