namespace Consortium.Submissions.Domain;

/// <summary>Who besides staff and the district may see a submission, as the district chose it.</summary>
public enum Visibility
{
    /// <summary>Follow the district's sharing preference as it is when read or submitted.</summary>
    Inherit = 1,
    Named = 2,
    Anonymous = 3,
    Private = 4,
}

/// <summary>Turns a chosen visibility into what it means now.</summary>
public static class VisibilityResolution
{
    /// <summary>
    /// <see cref="Visibility.Inherit"/> becomes the district's sharing preference; while that is
    /// not yet known (its events have not arrived) it is <see cref="Visibility.Private"/>:
    /// showing too little for a moment is recoverable, showing too much is not.
    /// </summary>
    public static Visibility Resolve(this Visibility chosen, SharingPreference? districtPreference) => chosen switch
    {
        Visibility.Inherit => districtPreference switch
        {
            SharingPreference.Named => Visibility.Named,
            SharingPreference.Anonymous => Visibility.Anonymous,
            _ => Visibility.Private,
        },
        _ => chosen,
    };

    /// <summary>
    /// What others may see now: the more restrictive of the resolved choice and the district's
    /// current sharing preference (unknown = private). A submission made "named" stays named only
    /// while its district shares by name: a district that turns private is hidden at once, as
    /// Insights does (ADR 10, 15).
    /// </summary>
    public static Visibility Effective(this Visibility chosen, SharingPreference? districtPreference)
    {
        var resolved = chosen.Resolve(districtPreference);
        var current = Visibility.Inherit.Resolve(districtPreference);
        return (Visibility)Math.Max((int)resolved, (int)current);
    }
}
