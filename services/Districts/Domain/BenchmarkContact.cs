using Consortium.ServiceDefaults.Domain;

namespace Consortium.Districts.Domain;

/// <summary>
/// A person other members and consortium staff reach about the district's benchmarking.
/// A plain value: build one freely from API input; a <see cref="District"/> only ever stores
/// contacts that passed <see cref="BenchmarkContactList"/>, trimmed and with one primary.
/// </summary>
public sealed record BenchmarkContact(
    string Name,
    string Email,
    string? Role = null,
    string? Phone = null,
    bool IsPrimary = false)
{
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 254;
    public const int RoleMaxLength = 200;
    public const int PhoneMaxLength = 40;

    /// <summary>Fewer digits than this cannot be a dialable US number, even without area code.</summary>
    public const int PhoneMinDigits = 7;

    /// <summary>
    /// Checks this contact, adding violations under <paramref name="prefix"/> (e.g.
    /// <c>contacts[1]</c>), and returns the trimmed contact, or <c>null</c> if it is invalid.
    /// </summary>
    internal BenchmarkContact? Validate(Violations violations, string prefix)
    {
        var before = violations.Items.Count;
        var name = TextInput.Clean(Name);
        var email = TextInput.Clean(Email);
        var role = TextInput.Clean(Role);
        var phone = TextInput.Clean(Phone);

        if (name is null)
        {
            violations.Add($"{prefix}.name", "Enter the contact's name.");
        }
        else if (name.Length > NameMaxLength)
        {
            violations.Add($"{prefix}.name", $"Keep the name to {NameMaxLength} characters or fewer.");
        }

        if (email is null)
        {
            violations.Add($"{prefix}.email", "Enter the contact's email address.");
        }
        else if (email.Length > EmailMaxLength || !EmailAddress.IsValid(email))
        {
            violations.Add($"{prefix}.email", $"'{Shorten(email)}' is not a valid email address; use the form name@district.org.");
        }

        violations.Require(
            role is null || role.Length <= RoleMaxLength,
            $"{prefix}.role",
            $"Keep the role or title to {RoleMaxLength} characters or fewer.");

        if (phone is not null)
        {
            var wellFormed = phone.Length <= PhoneMaxLength
                && phone.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '(' or ')')
                && phone.Count(char.IsAsciiDigit) >= PhoneMinDigits;
            violations.Require(
                wellFormed,
                $"{prefix}.phone",
                $"Enter a phone number of at least {PhoneMinDigits} digits using only digits, spaces, +, - and parentheses (up to {PhoneMaxLength} characters).");
        }

        return violations.Items.Count > before
            ? null
            : this with { Name = name!, Email = email!, Role = role, Phone = phone };
    }

    // Echoing a 10 kB paste back in an error message helps nobody.
    private static string Shorten(string value) => value.Length <= 60 ? value : $"{value[..57]}...";
}
