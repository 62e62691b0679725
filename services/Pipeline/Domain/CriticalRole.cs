using Consortium.ServiceDefaults.Domain;

namespace Consortium.Pipeline.Domain;

/// <summary>
/// A position a district must be able to fill without a gap (e.g. the principal of its largest
/// high school), its incumbent, and a slate of named successors from the same district.
/// </summary>
public sealed class CriticalRole
{
    public const int TitleMaxLength = 200;
    public const int MaxSuccessors = 10;

    private readonly List<Successor> _successors = [];

    // For EF Core materialization only.
    private CriticalRole()
    {
        Title = string.Empty;
        RoleCode = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid DistrictId { get; private set; }

    public string Title { get; private set; }

    public string RoleCode { get; private set; }

    public Guid? IncumbentLeaderId { get; private set; }

    public IReadOnlyList<Successor> Successors => _successors;

    public int Version { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string Subject => $"critical-role/{Id}";

    /// <param name="districtLeaders">Active leaders of the district, to check the incumbent against.</param>
    public static CriticalRole Define(
        Guid districtId,
        string? title,
        string? roleCode,
        Guid? incumbentLeaderId,
        IReadOnlySet<string> knownRoles,
        IReadOnlySet<Guid> districtLeaders,
        DateTimeOffset now)
    {
        var violations = new Violations();
        var cleanTitle = TextInput.Clean(title);
        violations.Require(cleanTitle is { Length: >= 2 and <= TitleMaxLength }, "title", $"Give the position's title (2–{TitleMaxLength} characters), e.g. \"Principal, Lincoln High School\".");
        var role = Leader.ValidateRole(roleCode, LeaderFields.RoleCode, knownRoles, violations);
        violations.Require(
            incumbentLeaderId is null || districtLeaders.Contains(incumbentLeaderId.Value),
            "incumbent_leader_id",
            "The incumbent must be an active leader of this district.");
        violations.ThrowIfAny();
        return new CriticalRole
        {
            Id = Guid.CreateVersion7(now),
            DistrictId = districtId,
            Title = cleanTitle!,
            RoleCode = role!,
            IncumbentLeaderId = incumbentLeaderId,
            Version = 1,
            UpdatedAt = now,
        };
    }

    /// <summary>Replaces the slate. Returns whether it changed.</summary>
    /// <param name="districtLeaders">Active leaders of the district: successors must be among them.</param>
    public bool SetSlate(IReadOnlyList<Successor> successors, IReadOnlySet<Guid> districtLeaders, DateTimeOffset now)
    {
        var violations = new Violations();
        violations.Require(successors.Count <= MaxSuccessors, "successors", $"Name at most {MaxSuccessors} successors.");
        var seen = new HashSet<Guid>();
        for (var i = 0; i < successors.Count; i++)
        {
            var successor = successors[i];
            var field = $"successors[{i}].leader_id";
            violations.Require(districtLeaders.Contains(successor.LeaderId), field, "Each successor must be an active leader of this district.");
            violations.Require(successor.LeaderId != IncumbentLeaderId, field, "The incumbent cannot succeed themself.");
            violations.Require(seen.Add(successor.LeaderId), field, "This leader is already on the slate.");
        }

        violations.ThrowIfAny();
        if (_successors.SequenceEqual(successors))
        {
            return false;
        }

        _successors.Clear();
        _successors.AddRange(successors);
        Version++;
        UpdatedAt = now;
        return true;
    }

    /// <summary>Covered when at least one successor who is still an active leader of the district is ready now.</summary>
    public bool IsCovered(IReadOnlySet<Guid> activeDistrictLeaders) =>
        _successors.Any(successor => successor.Readiness == ReadinessLevel.ReadyNow && activeDistrictLeaders.Contains(successor.LeaderId));
}
