namespace Consortium.Pipeline.Domain;

/// <summary>
/// Whether a leader is in a district's pipeline. A move to another member district keeps the
/// leader <see cref="Active"/> (the record follows them); <see cref="MovedDistrict"/> means a post
/// outside the consortium.
/// </summary>
public enum LeaderStatus
{
    Active = 1,
    MovedDistrict = 2,
    Left = 3,
}
