using Consortium.ServiceDefaults.Domain;

namespace Consortium.Districts.Domain;

/// <summary>The rules for a district's set of benchmark contacts, as a whole.</summary>
public static class BenchmarkContactList
{
    public const string DefaultField = "contacts";

    /// <summary>Enough for a lead, deputies and data staff; more means a distribution list belongs elsewhere.</summary>
    public const int MaxContacts = 10;

    /// <summary>
    /// Validates every contact and the list, collecting all violations, and returns the
    /// cleaned list. If contacts are given but none is flagged primary, the first one becomes
    /// primary: every district then has exactly one person to reach first, and a client that
    /// does not know about the flag still gets a sensible result.
    /// </summary>
    internal static List<BenchmarkContact> Validate(
        IReadOnlyList<BenchmarkContact> contacts,
        Violations violations,
        string field = DefaultField)
    {
        violations.Require(
            contacts.Count <= MaxContacts,
            field,
            $"A district can list at most {MaxContacts} benchmark contacts; {contacts.Count} were given.");

        var cleaned = new List<BenchmarkContact>(contacts.Count);
        var seenEmails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        BenchmarkContact? primary = null;
        for (var i = 0; i < contacts.Count; i++)
        {
            var prefix = $"{field}[{i}]";
            var contact = contacts[i].Validate(violations, prefix);
            if (contact is null)
            {
                continue;
            }

            if (!seenEmails.Add(contact.Email))
            {
                violations.Add($"{prefix}.email", $"{contact.Email} is listed more than once; each contact needs their own email address.");
            }

            if (contact.IsPrimary)
            {
                if (primary is not null)
                {
                    violations.Add($"{prefix}.is_primary", $"Only one contact can be primary, and {primary.Name} already is.");
                }

                primary ??= contact;
            }

            cleaned.Add(contact);
        }

        if (primary is null && cleaned.Count > 0)
        {
            cleaned[0] = cleaned[0] with { IsPrimary = true };
        }

        return cleaned;
    }
}
