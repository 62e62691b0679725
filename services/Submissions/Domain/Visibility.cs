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
}
