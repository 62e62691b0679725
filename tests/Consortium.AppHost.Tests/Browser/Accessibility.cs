using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit;

namespace Consortium.AppHost.Tests.Browser;

/// <summary>axe-core in the page: a page the tests visit has no serious or critical violation.</summary>
internal static class Accessibility
{
    private static readonly string[] s_blocking = ["serious", "critical"];

    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        AxeResult result = await page.RunAxe();
        var blocking = result.Violations.Where(violation => s_blocking.Contains(violation.Impact)).ToList();
        Assert.True(
            blocking.Count == 0,
            $"axe-core found serious or critical accessibility violations on {page.Url}:{Environment.NewLine}" + string.Join(
                Environment.NewLine,
                blocking.Select(violation => $"- {violation.Id} ({violation.Impact}): {violation.Help} at {string.Join(", ", violation.Nodes.Select(node => node.Target?.ToString()))}")));
    }
}
