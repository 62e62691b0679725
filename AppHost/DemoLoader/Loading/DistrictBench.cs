using Grpc.Core;

namespace Consortium.DemoLoader.Loading;

/// <summary>One district's enrolled leaders: the ids Pipeline gave them, by their number in the data.</summary>
internal sealed class DistrictBench(LoadedDistrict district, Metadata lead)
{
    private readonly Dictionary<int, string> _leaderIds = [];

    public LoadedDistrict District { get; } = district;

    /// <summary>The district's lead, who writes its pipeline.</summary>
    public Metadata Lead { get; } = lead;

    public int Count => _leaderIds.Count;

    public string LeaderId(int number) => _leaderIds[number];

    public void Enrolled(int number, string leaderId) => _leaderIds[number] = leaderId;

    public string RequestId(string operation) => District.RequestId($"pipeline-{operation}");
}
