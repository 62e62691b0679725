namespace Consortium.Pipeline.Domain;

/// <summary>
/// A move between member districts. Both districts consent: the origin proposes, the
/// destination confirms (or either cancels). Kept as history on the leader.
/// </summary>
public sealed class LeaderMove
{
    internal LeaderMove(Guid fromDistrictId, Guid toDistrictId, string proposedBy, DateTimeOffset proposedAt)
    {
        Id = Guid.CreateVersion7(proposedAt);
        FromDistrictId = fromDistrictId;
        ToDistrictId = toDistrictId;
        Status = MoveStatus.Proposed;
        ProposedBy = proposedBy;
        ProposedAt = proposedAt;
    }

    // For EF Core materialization only.
    private LeaderMove()
    {
        ProposedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid FromDistrictId { get; private set; }

    public Guid ToDistrictId { get; private set; }

    public MoveStatus Status { get; private set; }

    public string ProposedBy { get; private set; }

    public DateTimeOffset ProposedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    internal void Decide(MoveStatus outcome, string decidedBy, DateTimeOffset now)
    {
        Status = outcome;
        DecidedBy = decidedBy;
        DecidedAt = now;
    }
}
