namespace Consortium.Topics.Domain;

/// <summary>
/// Normalises free text from the API: blank means absent, surrounding whitespace never counts.
/// (The same helper as Districts' <c>TextInput</c>; a candidate for a shared domain library.)
/// </summary>
internal static class TextInput
{
    /// <summary>The trimmed text, or <c>null</c> when nothing but whitespace was given.</summary>
    public static string? Clean(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
