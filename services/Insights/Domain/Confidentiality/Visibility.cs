namespace Consortium.Insights.Domain.Confidentiality;

/// <summary>A submission's sharing choice, resolved when it was submitted ("inherit" is already replaced; see ADR 0005).</summary>
public enum Visibility
{
    /// <summary>Shown individually with the district's name.</summary>
    Named = 1,

    /// <summary>Shown individually with nothing that identifies the district.</summary>
    Anonymous = 2,

    /// <summary>Counted only inside aggregates; shown individually to consortium staff only.</summary>
    Private = 3,
}
