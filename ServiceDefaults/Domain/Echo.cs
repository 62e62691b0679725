namespace Consortium.ServiceDefaults.Domain;

/// <summary>
/// Cuts a caller's value short before it is echoed in an error message or a log line, so a
/// 1 MB string costs the caller one 400 and the log nothing (messages name the field; the
/// first characters are enough to recognise what was sent).
/// </summary>
public static class Echo
{
    public const int MaxLength = 64;

    /// <summary>A whole message (several fields, each already cut) in one log line.</summary>
    public const int MaxLogLength = 1024;

    public static string Of(string? value) => Of(value, MaxLength);

    public static string Of(string? value, int maxLength)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        // Control characters (NUL, line breaks) never reach a log line as themselves.
        var cut = value.Length <= maxLength ? value : value[..maxLength];
        var printable = string.Create(cut.Length, cut, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? '?' : source[i];
            }
        });
        return value.Length <= maxLength ? printable : $"{printable}… ({value.Length} characters)";
    }
}
