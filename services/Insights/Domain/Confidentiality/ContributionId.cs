using System.Security.Cryptography;
using System.Text;

namespace Consortium.Insights.Domain.Confidentiality;

/// <summary>
/// Names one version of one district's value (ADR 19): the same while the value stands, another
/// when it is revised or replaced. The differencing guard counts these rather than districts,
/// so a group asked again after a hidden value changed is a new group — otherwise the two answers'
/// difference would be that value's change. Derived from where the value came from and when, never
/// from the value itself.
/// </summary>
public static class ContributionId
{
    public static Guid Of(Guid districtId, string source, long version)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{districtId:N}|{source}|{version}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
