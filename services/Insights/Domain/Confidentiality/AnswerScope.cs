namespace Consortium.Insights.Domain.Confidentiality;

/// <summary>
/// The unit within which groups can be subtracted from each other: one caller, one cycle, one
/// target. Different targets hold different values, so their groups cannot be combined.
/// </summary>
public sealed record AnswerScope(string ViewerKey, Guid CycleId, Guid TargetId);
