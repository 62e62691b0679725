namespace Consortium.Submissions.Domain;

/// <summary>How a target is measured (the values of the Topics event contract).</summary>
public enum MeasureType
{
    Percentage = 1,
    Count = 2,
    Amount = 3,
    Ratio = 4,
    Scale = 5,
    Rubric = 6,
    YesNo = 7,
    Text = 8,
}
