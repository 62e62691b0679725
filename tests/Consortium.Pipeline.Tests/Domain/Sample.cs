using Consortium.Pipeline.Domain;

namespace Consortium.Pipeline.Tests.Domain;

/// <summary>Valid inputs and a fixed clock for domain tests.</summary>
internal static class Sample
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 15, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);
    public static readonly Guid District = Guid.CreateVersion7(Now);
    public static readonly Guid OtherDistrict = Guid.CreateVersion7(Now.AddSeconds(1));
    public static readonly IReadOnlySet<string> Roles = LeaderRole.Defaults.Select(role => role.Code).ToHashSet(StringComparer.Ordinal);

    public static Leader Leader(PipelineStage stage = PipelineStage.Emerging, Guid? district = null) => Pipeline.Domain.Leader.Enroll(
        district ?? District,
        "Maria Alvarez",
        "malvarez@lakeview.k12.wa.us",
        "assistant-principal",
        new DateOnly(2024, 8, 1),
        stage,
        null,
        "sub-maria",
        Roles,
        "lead-1",
        Now);
}
