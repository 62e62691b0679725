namespace Consortium.Pipeline.Domain;

/// <summary>Who gave a competency rating: the usual three views of a leader's practice.</summary>
public enum RatingSource
{
    Self = 1,
    Supervisor = 2,
    Coach = 3,
}
