namespace Consortium.Insights.Domain.Confidentiality;

/// <summary>
/// What others may see of a value now: the more restrictive of the submission's visibility (fixed
/// when it was submitted) and the district's current sharing preference. A district that turns
/// private later is hidden at once, without waiting for it to resubmit; one that opens up later
/// does not expose what it submitted under a stricter choice.
/// </summary>
public static class EffectiveVisibility
{
    /// <param name="submission">The visibility the submission carried.</param>
    /// <param name="currentPreference">The district's sharing preference now; null while unknown (treated as private).</param>
    public static Visibility Of(Visibility submission, Visibility? currentPreference) =>
        currentPreference is not { } preference || !Enum.IsDefined(preference) || !Enum.IsDefined(submission)
            ? Visibility.Private
            : (Visibility)Math.Max((int)submission, (int)preference);
}
