using Xunit;

namespace Consortium.AppHost.Tests;

/// <summary>
/// Retries until a condition holds: events cross the broker in their own time, so a test that
/// follows one waits for its effect rather than for a fixed delay.
/// </summary>
internal static class Eventually
{
    public static async Task<T> ResultAsync<T>(Func<Task<T?>> attempt, TimeSpan timeout, string what)
        where T : class
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await attempt() is { } result)
            {
                return result;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Waited {timeout} for {what}.");
            await Task.Delay(250, TestContext.Current.CancellationToken);
        }
    }

    public static Task TrueAsync(Func<Task<bool>> condition, TimeSpan timeout, string what) =>
        ResultAsync(async () => await condition() ? new object() : null, timeout, what);
}
