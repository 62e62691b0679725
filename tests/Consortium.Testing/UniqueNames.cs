using System.Security.Cryptography;

namespace Consortium.Testing;

/// <summary>Names that let tests share servers but never state.</summary>
public static class UniqueNames
{
    private const int MaxPrefixLength = 40;

    /// <summary>
    /// "Orders-API" → "orders_api_3f9c1a7b2e": lowercase letters, digits and underscores only, so
    /// the name is valid unquoted as a PostgreSQL database, a RabbitMQ virtual host and a Redis key
    /// part, and short enough for PostgreSQL's 63-character limit.
    /// </summary>
    public static string For(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var cleaned = new string([.. prefix.ToLowerInvariant().Select(character => char.IsAsciiLetterOrDigit(character) ? character : '_')]);
        return $"{cleaned[..Math.Min(cleaned.Length, MaxPrefixLength)]}_{RandomNumberGenerator.GetHexString(10, lowercase: true)}";
    }
}
