namespace Consortium.Insights.Domain.Learning;

/// <summary>
/// The opening of a narrative, short enough for a list of districts to learn from: whole words up
/// to a limit, with an ellipsis when cut. The full narrative stays with the submission.
/// </summary>
public static class NarrativeSummary
{
    public const int DefaultLength = 300;

    public static string Of(string narrative, int maxLength = DefaultLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        var text = string.Join(' ', narrative.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxLength);
        return string.Concat(text.AsSpan(0, cut > 0 ? cut : maxLength).TrimEnd(" ,;:.-".AsSpan()), "…");
    }
}
