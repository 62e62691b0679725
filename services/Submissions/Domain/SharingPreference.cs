namespace Consortium.Submissions.Domain;

/// <summary>A district's sharing preference, as Districts announced it (the default for <see cref="Visibility.Inherit"/>).</summary>
public enum SharingPreference
{
    Named = 1,
    Anonymous = 2,
    Private = 3,
}
