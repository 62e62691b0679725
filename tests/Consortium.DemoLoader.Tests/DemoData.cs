using Consortium.DemoLoader.Model;

namespace Consortium.DemoLoader.Tests;

/// <summary>The data files as the loader ships them (copied next to the tests).</summary>
internal static class DemoData
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "Data");

    public static DemoDataSet Read() => DemoDataSet.Read(Directory);
}
