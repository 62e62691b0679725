using Consortium.ServiceDefaults.Domain;

namespace Consortium.Submissions.Domain;

/// <summary>Applies <see cref="DraftChanges"/> to content, checking every changed field and reporting all problems at once.</summary>
internal static class SubmissionContentRules
{
    private static readonly SubmissionContent Empty = new(string.Empty, null, null, null, null, [], null);

    public static SubmissionContent Apply(SubmissionContent? current, DraftChanges changes, Violations violations)
    {
        var content = current ?? Empty;
        if (changes.Title is not null || current is null)
        {
            var title = TextInput.Clean(changes.Title);
            if (title is null)
            {
                violations.Add(SubmissionFields.Title, "Give the submission a short title, so you and reviewers can find it.");
            }
            else if (title.Length > SubmissionContent.TitleMaxLength)
            {
                violations.Add(SubmissionFields.Title, $"Keep the title to {SubmissionContent.TitleMaxLength} characters or fewer; it has {title.Length}.");
            }
            else
            {
                content = content with { Title = title };
            }
        }

        content = content with
        {
            Narrative = Text(changes.Narrative, content.Narrative, SubmissionFields.Narrative, SubmissionContent.NarrativeMaxLength, violations),
            Successes = Text(changes.Successes, content.Successes, SubmissionFields.Successes, SubmissionContent.ReflectionMaxLength, violations),
            Challenges = Text(changes.Challenges, content.Challenges, SubmissionFields.Challenges, SubmissionContent.ReflectionMaxLength, violations),
        };

        if (changes.ImplementationStage is { } stage)
        {
            content = content with { ImplementationStage = stage.Value };
        }

        if (changes.EvidenceLinks is { } links)
        {
            content = content with { EvidenceLinks = EvidenceLinks(links, violations) };
        }

        if (changes.Contact is { } contact)
        {
            content = content with { Contact = contact.Value is null ? null : Contact(contact.Value, violations) };
        }

        return content;
    }

    private static string? Text(string? change, string? current, string field, int maxLength, Violations violations)
    {
        if (change is null)
        {
            return current;
        }

        var text = TextInput.Clean(change);
        violations.Require(
            text is null || text.Length <= maxLength,
            field,
            $"Keep this to {maxLength:N0} characters or fewer; it has {text?.Length:N0}.");
        return text;
    }

    private static List<string> EvidenceLinks(IReadOnlyList<string> links, Violations violations)
    {
        var cleaned = new List<string>();
        for (var index = 0; index < links.Count; index++)
        {
            var link = TextInput.Clean(links[index]);
            var field = $"{SubmissionFields.EvidenceLinks}[{index}]";
            if (link is null)
            {
                violations.Add(field, "Remove the empty link, or enter a web address starting with https://.");
            }
            else if (link.Length > SubmissionContent.EvidenceLinkMaxLength
                || !Uri.TryCreate(link, UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
                || string.IsNullOrEmpty(uri.Host))
            {
                violations.Add(field, $"Enter a full web address starting with https:// or http:// (up to {SubmissionContent.EvidenceLinkMaxLength:N0} characters).");
            }
            else if (!cleaned.Contains(link, StringComparer.Ordinal))
            {
                cleaned.Add(link);
            }
        }

        violations.Require(
            cleaned.Count <= SubmissionContent.EvidenceLinksMax,
            SubmissionFields.EvidenceLinks,
            $"Link at most {SubmissionContent.EvidenceLinksMax} pieces of evidence; pick the most telling ones.");
        return cleaned;
    }

    private static ContactPerson? Contact(ContactPerson contact, Violations violations)
    {
        var name = TextInput.Clean(contact.Name);
        var email = TextInput.Clean(contact.Email);
        violations.Require(name is not null, SubmissionFields.ContactName, "Enter the contact's name, or remove the contact.");
        violations.Require(
            name is null || name.Length <= ContactPerson.NameMaxLength,
            SubmissionFields.ContactName,
            $"Keep the name to {ContactPerson.NameMaxLength} characters or fewer.");
        violations.Require(
            email is not null && email.Length <= ContactPerson.EmailMaxLength && EmailAddress.IsValid(email),
            SubmissionFields.ContactEmail,
            "Enter the contact's work email address, in the form name@district.org.");
        return name is null || email is null ? null : new ContactPerson(name, email);
    }
}
