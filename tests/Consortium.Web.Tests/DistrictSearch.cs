using Bunit;
using Consortium.Contracts.Districts.V1;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Consortium.Web.Tests;

/// <summary>
/// Staff finding a district on a page about one district: typing part of its name (the search the
/// autocomplete runs) and choosing the single match, as a person picking from its popover would.
/// </summary>
internal static class DistrictSearch
{
    private const string TestId = "district-select";

    public static async Task Choose(IRenderedComponent<IComponent> page, string nameContains)
    {
        var search = Find(page).Single();
        var searchFunc = search.Instance.SearchFunc ?? throw new InvalidOperationException("The district search has no search function.");
        var searching = searchFunc(nameContains, CancellationToken.None);
        Assert.NotNull(searching);
        var found = await searching;
        Assert.NotNull(found);
        var district = Assert.Single(found);
        await page.InvokeAsync(() => search.Instance.ValueChanged.InvokeAsync(district));
    }

    public static bool Has(IRenderedComponent<IComponent> page) => Find(page).Any();

    private static IEnumerable<IRenderedComponent<MudAutocomplete<DistrictSummary>>> Find(IRenderedComponent<IComponent> page) =>
        page.FindComponents<MudAutocomplete<DistrictSummary>>().Where(s => Equals(s.Instance.UserAttributes.GetValueOrDefault("data-testid"), TestId));
}
