using Consortium.Contracts.Security;
using Consortium.Hosting.Security;
using Grpc.Core;

namespace Consortium.DemoLoader.Loading;

/// <summary>
/// Who the demo acts as: staff for the consortium's own records, each district's lead for that
/// district's. Services remember request ids per caller, so these subjects are part of what makes
/// a second load change nothing (and match what the old in-AppHost demo used).
/// </summary>
internal sealed class DemoCallers(DevelopmentTokens tokens)
{
    /// <summary>Staff who set up districts, cycles and topics.</summary>
    public Metadata Loader() => Staff("demo-loader@consortium.example");

    /// <summary>Staff who review submissions.</summary>
    public Metadata Reviewer() => Staff("demo-reviewer@consortium.example");

    /// <summary>Staff who keep the leadership standards framework.</summary>
    public Metadata PipelineStaff() => Staff("demo-pipeline@consortium.example");

    /// <summary>The district's benchmarking lead, acting for that district only.</summary>
    public Metadata LeadOf(LoadedDistrict district) =>
        Bearer(tokens.Issue($"lead@{district.NcesLeaId}.example", Roles.DistrictLead, Guid.Parse(district.Id)));

    private Metadata Staff(string subject) => Bearer(tokens.Issue(subject, Roles.ConsortiumStaff));

    private static Metadata Bearer(string token) => new() { { "Authorization", $"Bearer {token}" } };
}
