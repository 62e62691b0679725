using System.Collections.Concurrent;
using Consortium.Contracts.Security;
using Consortium.Hosting.Security;
using Grpc.Core;

namespace Consortium.DemoLoader.Loading;

/// <summary>
/// Who the demo acts as: staff for the consortium's own records, each district's lead for that
/// district's. Services remember request ids per caller, so these subjects are part of what makes
/// a second load change nothing. The tokens come from the identity service (its development
/// client names the caller; ADR 23), one per caller for the whole load.
/// </summary>
internal sealed class DemoCallers(DevelopmentTokenClient tokens)
{
    private readonly ConcurrentDictionary<(string Subject, string Role, Guid? District), Metadata> _issued = new();

    /// <summary>Staff who set up districts, cycles and topics (and invite the demo people).</summary>
    public Task<Metadata> LoaderAsync(CancellationToken cancellationToken) => StaffAsync("demo-loader@consortium.example", cancellationToken);

    /// <summary>Staff who review submissions.</summary>
    public Task<Metadata> ReviewerAsync(CancellationToken cancellationToken) => StaffAsync("demo-reviewer@consortium.example", cancellationToken);

    /// <summary>Staff who keep the leadership standards framework.</summary>
    public Task<Metadata> PipelineStaffAsync(CancellationToken cancellationToken) => StaffAsync("demo-pipeline@consortium.example", cancellationToken);

    /// <summary>The district's benchmarking lead, acting for that district only.</summary>
    public Task<Metadata> LeadOfAsync(LoadedDistrict district, CancellationToken cancellationToken) =>
        BearerAsync($"lead@{district.NcesLeaId}.example", Roles.DistrictLead, Guid.Parse(district.Id), cancellationToken);

    private Task<Metadata> StaffAsync(string subject, CancellationToken cancellationToken) =>
        BearerAsync(subject, Roles.ConsortiumStaff, null, cancellationToken);

    private async Task<Metadata> BearerAsync(string subject, string role, Guid? district, CancellationToken cancellationToken)
    {
        if (_issued.TryGetValue((subject, role, district), out var known))
        {
            return known;
        }

        var token = await tokens.RequestAsync(subject, role, district, cancellationToken);
        return _issued.GetOrAdd((subject, role, district), new Metadata { { "Authorization", $"Bearer {token}" } });
    }
}
