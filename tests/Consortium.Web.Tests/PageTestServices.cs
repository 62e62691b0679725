using Bunit;
using Consortium.Contracts.Districts.V1;
using Consortium.Web.Services;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Consortium.Web.Tests;

/// <summary>What every page under test needs besides its own fake services: MudBlazor, its JS calls, the person's session, and the district search staff use.</summary>
internal static class PageTestServices
{
    public static void AddPageDefaults(this BunitContext context)
    {
        context.AddMudDefaults();
        context.Services.AddSingleton<SessionTokens>();
        context.Services.AddScoped<CurrentUser>();
        context.Services.AddSingleton<DistrictsService.DistrictsServiceClient>(new FakeDistrictList());
    }

    /// <summary>What every component under test needs: MudBlazor's services and its JS calls answered loosely.</summary>
    public static void AddMudDefaults(this BunitContext context)
    {
        context.Services.AddMudServices();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
    }
}
