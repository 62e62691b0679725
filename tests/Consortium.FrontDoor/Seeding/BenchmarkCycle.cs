namespace Consortium.FrontDoor.Seeding;

/// <summary>
/// The run's open cycle: the topic the rush and the comparisons are about (its one percentage
/// target) and a second topic the submit scenario writes to, so every district can submit there
/// once per benchmark kind without touching the comparisons' data.
/// </summary>
internal sealed record BenchmarkCycle(string CycleId, string RushTopicId, string RushTargetId, string WriteTopicId)
{
    public const string RushTargetCode = "FD-RUSH";
    public const string WriteTargetCode = "FD-WRITE";
}
