using MudBlazor;

namespace Consortium.Web.Components.Layout;

/// <summary>
/// MudBlazor's default palette with its severity and accent colours darkened until white text on
/// them, and they on white, reach WCAG AA's 4.5:1 (the defaults — e.g. success #00c853, warning
/// #ff9800 — do not, and axe-core in the browser tests says so on chips, alerts and buttons).
/// </summary>
public static class AccessibleTheme
{
    public static MudTheme Value { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Secondary = "#c2185b",
            Tertiary = "#00796b",
            Info = "#1565c0",
            Success = "#2e7d32",
            Warning = "#b45309",
            Error = "#c62828",
        },
    };
}
