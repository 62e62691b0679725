namespace Consortium.ServiceDefaults.Domain.Measures;

/// <summary>
/// One answer to a target, shaped like the API's value oneof: a number (percentage, count,
/// amount, ratio, scale point), a rubric rank, yes/no, or text. Exactly one is set, the one the
/// measure type calls for.
/// </summary>
public sealed record MeasureValue
{
    public decimal? Number { get; init; }

    public int? RubricRank { get; init; }

    public bool? YesNo { get; init; }

    public string? Text { get; init; }

    public static MeasureValue OfNumber(decimal number) => new() { Number = number };

    public static MeasureValue OfRubricRank(int rank) => new() { RubricRank = rank };

    public static MeasureValue OfYesNo(bool yes) => new() { YesNo = yes };

    public static MeasureValue OfText(string text) => new() { Text = text };
}
