namespace Consortium.ServiceDefaults.Domain;

/// <summary>
/// Normalises free text from the API. gRPC strings are never null but are often blank, so
/// "absent" and "only spaces" are treated the same, and surrounding whitespace (a common
/// copy-paste artefact) never counts towards a length limit or makes two values differ.
/// </summary>
public static class TextInput
{
    /// <summary>The trimmed text, or <c>null</c> when nothing but whitespace was given.</summary>
    public static string? Clean(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
