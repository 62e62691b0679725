namespace Consortium.Web.Services;

/// <summary>Maps values onto the plot's width; a single value (or none) gets a range around it.</summary>
public sealed record PlotScale(decimal Min, decimal Max, int From, int To)
{
    public static PlotScale For(IEnumerable<decimal> values, int from, int to)
    {
        var list = values.ToList();
        if (list.Count == 0)
        {
            return new PlotScale(0, 1, from, to);
        }

        var (min, max) = (list.Min(), list.Max());
        return min == max ? new PlotScale(min - 1, max + 1, from, to) : new PlotScale(min, max, from, to);
    }

    public decimal X(decimal value) => From + ((value - Min) / (Max - Min) * (To - From));
}
