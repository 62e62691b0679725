using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Consortium.Web.Tests;

/// <summary>Choosing in a MudSelect found by its data-testid, as a person picking an item would (its list is a popover the tests do not open).</summary>
internal static class Selects
{
    public static async Task Choose<T>(IRenderedComponent<IComponent> page, string testId, T value)
    {
        var select = page.FindComponents<MudSelect<T>>().Single(s => Equals(s.Instance.UserAttributes.GetValueOrDefault("data-testid"), testId));
        await page.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(value));
    }

    public static bool Has<T>(IRenderedComponent<IComponent> page, string testId) =>
        page.FindComponents<MudSelect<T>>().Any(s => Equals(s.Instance.UserAttributes.GetValueOrDefault("data-testid"), testId));
}
