namespace Consortium.Districts.Domain;

/// <summary>
/// What other member districts may see of this district's individual values. No zero member,
/// so an unmapped API value is rejected rather than read as a choice.
/// </summary>
public enum SharingPreference
{
    /// <summary>Others see the district's values with its name, so they know whom to call.</summary>
    Named = 1,

    /// <summary>Others see the district's values without anything that identifies it.</summary>
    Anonymous = 2,

    /// <summary>Values count only inside aggregates; individual values are seen by consortium staff only.</summary>
    Private = 3,
}
