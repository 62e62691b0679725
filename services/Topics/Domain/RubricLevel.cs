namespace Consortium.Topics.Domain;

/// <summary>
/// One level of a rubric, e.g. rank 2 "Installation" with what it looks like. Rank 1 is the
/// lowest; ranks increase by one in the order the levels are listed.
/// </summary>
public sealed record RubricLevel(int Rank, string Label, string Descriptor)
{
    public const int LabelMaxLength = 100;
    public const int DescriptorMaxLength = 1000;
}
