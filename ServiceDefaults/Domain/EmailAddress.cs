namespace Consortium.ServiceDefaults.Domain;

/// <summary>
/// A deliberately simple but real email check: one <c>@</c>, a plausible local part and a
/// dotted host name with a letters-only top-level domain. It catches the usual typos
/// (missing @, "gmail,com", trailing dot) without rejecting unusual but valid addresses the
/// full RFC 5322 grammar allows in the local part.
/// </summary>
public static class EmailAddress
{
    public const int LocalPartMaxLength = 64;
    public const int LabelMaxLength = 63;

    public static bool IsValid(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != email.LastIndexOf('@') || at == email.Length - 1)
        {
            return false;
        }

        return IsValidLocalPart(email[..at]) && IsValidDomain(email[(at + 1)..]);
    }

    private static bool IsValidLocalPart(string local) =>
        local.Length <= LocalPartMaxLength
        && !local.StartsWith('.')
        && !local.EndsWith('.')
        && !local.Contains("..", StringComparison.Ordinal)
        && local.All(c => char.IsAsciiLetterOrDigit(c) || "!#$%&'*+/=?^_`{|}~.-".Contains(c, StringComparison.Ordinal));

    private static bool IsValidDomain(string domain)
    {
        var labels = domain.Split('.');
        if (labels.Length < 2)
        {
            return false;
        }

        var topLevel = labels[^1];
        return topLevel.Length >= 2
            && topLevel.All(char.IsAsciiLetter)
            && labels.All(IsValidLabel);
    }

    private static bool IsValidLabel(string label) =>
        label.Length is > 0 and <= LabelMaxLength
        && !label.StartsWith('-')
        && !label.EndsWith('-')
        && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
