namespace Consortium.Submissions.Domain;

/// <summary>
/// One answered target as stored: exactly one of the value fields is set, the one the target's
/// measure type calls for (<see cref="Number"/> for percentage, count, amount, ratio and scale).
/// </summary>
public sealed record TargetValue(
    Guid TargetId,
    string TargetCode,
    decimal? Number = null,
    int? RubricRank = null,
    bool? YesNo = null,
    string? Text = null);

/// <summary>
/// One row of target values as a client sent it. All value fields empty means "clear this
/// target's answer". At most one is set (the API's oneof guarantees it). <see cref="Unreadable"/>
/// says why a value could not even be read (e.g. "12,5" as a number), so the row is reported
/// together with every other bad row.
/// </summary>
public sealed record TargetValueInput(
    string? TargetCode,
    decimal? Number = null,
    int? RubricRank = null,
    bool? YesNo = null,
    string? Text = null,
    string? Unreadable = null)
{
    public bool IsEmpty => Unreadable is null && Number is null && RubricRank is null && YesNo is null && Text is null;
}
