using Consortium.DemoLoader.Model;

namespace Consortium.DemoLoader.Loading;

/// <summary>A demo district as the Districts service knows it: the data plus the id the service gave it.</summary>
internal sealed record LoadedDistrict(DemoDistrict Data, string Id)
{
    public string NcesLeaId => Data.NcesLeaId;

    /// <summary>Deterministic per district and operation, so loading twice changes nothing.</summary>
    public string RequestId(string operation) => $"demo-{NcesLeaId}-{operation}";
}

/// <summary>The loaded districts, by LEA id, in the order of the data file.</summary>
internal sealed class LoadedDistricts(IReadOnlyList<LoadedDistrict> districts)
{
    public IReadOnlyList<LoadedDistrict> All { get; } = districts;

    public LoadedDistrict this[string ncesLeaId] => All.Single(district => district.NcesLeaId == ncesLeaId);
}
