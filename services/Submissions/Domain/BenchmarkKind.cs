namespace Consortium.Submissions.Domain;

/// <summary>What a submission describes; a topic invites some of these. No zero member, so an unmapped API value is rejected.</summary>
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
