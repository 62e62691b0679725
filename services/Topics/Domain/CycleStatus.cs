namespace Consortium.Topics.Domain;

/// <summary>Where a cycle is in its life. It only moves forward, one step at a time.</summary>
public enum CycleStatus
{
    /// <summary>Being prepared: topics are defined, the submission window has not opened.</summary>
    Planning = 1,

    /// <summary>The submission window is open.</summary>
    Open = 2,

    /// <summary>The window closed; staff review submissions.</summary>
    Closed = 3,

    /// <summary>Results are published to members.</summary>
    ResultsPublished = 4,
}
