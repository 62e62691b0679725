namespace Consortium.Pipeline.Domain;

/// <summary>Why a leader left: the two ways out of the consortium's pipeline.</summary>
public enum DepartureKind
{
    /// <summary>Took a post in a district outside the consortium (moves inside it are <see cref="LeaderMove"/>s).</summary>
    MovedDistrict = 1,

    /// <summary>Left the profession or retired.</summary>
    Left = 2,
}
