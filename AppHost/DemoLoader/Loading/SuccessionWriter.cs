using Consortium.Contracts.Pipeline.V1;
using Consortium.DemoLoader.Model;

namespace Consortium.DemoLoader.Loading;

/// <summary>A district's critical roles, each with its incumbent and a slate of successors at their assessed readiness.</summary>
internal sealed class SuccessionWriter(PipelineService.PipelineServiceClient pipeline)
{
    public async Task PlanAsync(DistrictBench bench, DemoDistrictPipeline data, CancellationToken cancellationToken)
    {
        foreach (var (role, index) in data.CriticalRoles.Select((role, index) => (role, index)))
        {
            var critical = await pipeline.DefineCriticalRoleAsync(new DefineCriticalRoleRequest
            {
                RequestId = bench.RequestId($"critical-{index}"),
                DistrictId = bench.District.Id,
                Title = role.Title,
                RoleCode = role.Role,
                IncumbentLeaderId = role.Incumbent is { } incumbent ? bench.LeaderId(incumbent) : string.Empty,
            }, bench.Lead, cancellationToken: cancellationToken);

            var slate = new SetSuccessionSlateRequest { RequestId = bench.RequestId($"slate-{index}"), CriticalRoleId = critical.CriticalRoleId };
            slate.Successors.AddRange(role.Successors.Select(number => new Successor
            {
                LeaderId = bench.LeaderId(number),
                Readiness = data.Leaders.Single(leader => leader.Number == number).Readiness!.Level,
            }));
            await pipeline.SetSuccessionSlateAsync(slate, bench.Lead, cancellationToken: cancellationToken);
        }
    }
}
