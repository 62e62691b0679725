using System.Security.Cryptography;
using System.Text;

namespace Consortium.Identity.Domain;

/// <summary>
/// A one-time code with which a person sets their password (first sign-in, or after staff reset
/// it). Only its hash is stored: a database reader learns nothing usable. There is no mail server:
/// staff hand the code to the person themselves.
/// </summary>
public static class InvitationCode
{
    /// <summary>How long an unused code stays valid.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static string Hash(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code.Trim().ToLowerInvariant())));

    /// <summary>Constant-time comparison of a presented code with the stored hash.</summary>
    public static bool Matches(string presented, string? storedHash) =>
        storedHash is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(presented)), Encoding.ASCII.GetBytes(storedHash));
}
