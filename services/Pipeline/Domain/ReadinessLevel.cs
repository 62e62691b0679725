namespace Consortium.Pipeline.Domain;

/// <summary>How soon a leader could take on a target role (the usual three-band succession scale).</summary>
public enum ReadinessLevel
{
    ReadyNow = 1,
    ReadyIn1To2Years = 2,
    ReadyIn3PlusYears = 3,
}
