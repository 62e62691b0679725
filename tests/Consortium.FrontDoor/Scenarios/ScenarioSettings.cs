namespace Consortium.FrontDoor.Scenarios;

/// <summary>How long and how many at once: the same for every scenario of a run.</summary>
/// <param name="Duration">How long each scenario (and each baseline) runs.</param>
/// <param name="Readers">Concurrent leaders asking (compare, whom to learn from, the no-op).</param>
/// <param name="Writers">Concurrent districts writing (save draft + submit) with staff accepting.</param>
/// <param name="WritingDistricts">Districts with an automation client that write in the submit scenario.</param>
internal sealed record ScenarioSettings(TimeSpan Duration, int Readers, int Writers, int WritingDistricts);
