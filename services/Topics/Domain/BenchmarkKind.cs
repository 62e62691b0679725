namespace Consortium.Topics.Domain;

/// <summary>What a topic invites districts to describe (numbers match the V1 event enum).</summary>
public enum BenchmarkKind
{
    Program = 1,
    Policy = 2,
    Practice = 3,
    Process = 4,
    Context = 5,
    Culture = 6,
    Capacity = 7,
}
