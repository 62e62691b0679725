namespace Consortium.Topics.Domain;

/// <summary>One labelled point of a scale, e.g. 1 = "Not yet".</summary>
public sealed record ScaleLabel(decimal Value, string Label)
{
    public const int LabelMaxLength = 100;
}
