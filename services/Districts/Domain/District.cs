using Consortium.ServiceDefaults.Domain;

namespace Consortium.Districts.Domain;

/// <summary>
/// A member district of the consortium: its identity in federal data (NCES LEA id, state,
/// locale), its membership lifecycle, whom to contact, and what others may see of its data.
/// Every change goes through a method that enforces the rules and bumps <see cref="Version"/>,
/// which the API exposes as the ETag for optimistic concurrency. The membership lifecycle is
/// in <c>District.Membership.cs</c>.
/// </summary>
public sealed partial class District
{
    public const int NameMinLength = 2;
    public const int NameMaxLength = 200;
    public const int ReasonMaxLength = 500;

    /// <summary>Rule code on <see cref="RuleViolationException"/> for a status change the lifecycle forbids.</summary>
    public const string MembershipTransitionRule = "MEMBERSHIP_TRANSITION";

    /// <summary>
    /// New members share anonymously unless they choose otherwise: districts join to compare,
    /// so their values should count, but naming a district is its own decision (its board may
    /// need to approve), and Private would hide values from peers who joined to learn from them.
    /// </summary>
    public const SharingPreference DefaultSharingPreference = SharingPreference.Anonymous;

    private readonly List<BenchmarkContact> _benchmarkContacts = [];
    private readonly List<StatusChange<MembershipStatus>> _membershipHistory = [];

    // For EF Core materialization only; it sets every property.
    private District()
    {
        Name = string.Empty;
        NcesLeaId = null!;
        State = null!;
        LocaleCode = null!;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public NcesLeaId NcesLeaId { get; private set; }

    public UsState State { get; private set; }

    public LocaleCode LocaleCode { get; private set; }

    public MembershipStatus MembershipStatus { get; private set; }

    /// <summary>When the current membership began (the rejoin date after a withdrawal).</summary>
    public DateOnly JoinedOn { get; private set; }

    /// <summary>When the district withdrew; <c>null</c> while it is a member.</summary>
    public DateOnly? LeftOn { get; private set; }

    public SharingPreference SharingPreference { get; private set; }

    /// <summary>Empty, or with exactly one <see cref="BenchmarkContact.IsPrimary"/> contact.</summary>
    public IReadOnlyList<BenchmarkContact> BenchmarkContacts => _benchmarkContacts;

    /// <summary>
    /// Every membership change, starting with joining. Appended in order; a store should load it
    /// ordered by <see cref="StatusChange{TStatus}.ChangedAt"/> (ids are time-ordered UUIDv7 too).
    /// </summary>
    public IReadOnlyList<StatusChange<MembershipStatus>> MembershipHistory => _membershipHistory;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Starts at 1; incremented by every change that actually changes something.</summary>
    public int Version { get; private set; }

    private string Subject => $"district/{Id}";

    /// <summary>
    /// Adds a district that is joining the consortium, so it starts <see cref="MembershipStatus.Active"/>.
    /// Reports every invalid field at once.
    /// </summary>
    /// <param name="joinedOn">Defaults to today (UTC) from <paramref name="now"/>.</param>
    /// <param name="createdBy">The authenticated subject, recorded in the membership history.</param>
    public static District Create(
        string? name,
        string? ncesLeaId,
        string? state,
        int localeCode,
        string createdBy,
        DateTimeOffset now,
        DateOnly? joinedOn = null,
        SharingPreference sharingPreference = DefaultSharingPreference,
        IReadOnlyList<BenchmarkContact>? contacts = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(createdBy);

        var violations = new Violations();
        var validName = ValidateName(name, violations);
        var leaId = NcesLeaId.TryCreate(ncesLeaId, violations);
        var usState = UsState.TryCreate(state, violations);
        RequireStateMatches(usState, leaId, violations);
        var locale = LocaleCode.TryCreate(localeCode, violations);
        RequireDefined(sharingPreference, violations);
        var validContacts = BenchmarkContactList.Validate(contacts ?? [], violations);
        violations.ThrowIfAny();

        var joined = joinedOn ?? DateOnly.FromDateTime(now.UtcDateTime);
        var district = new District
        {
            Id = Guid.CreateVersion7(now),
            Name = validName!,
            NcesLeaId = leaId!,
            State = usState!,
            LocaleCode = locale!,
            MembershipStatus = MembershipStatus.Active,
            JoinedOn = joined,
            SharingPreference = sharingPreference,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        district._benchmarkContacts.AddRange(validContacts);
        district._membershipHistory.Add(
            new StatusChange<MembershipStatus>(null, MembershipStatus.Active, joined, null, createdBy, now));
        return district;
    }

    /// <summary>
    /// Corrects the district's identifying details, validated as in <see cref="Create"/>.
    /// </summary>
    /// <param name="ncesLeaId"><c>null</c> keeps the current id; the state is checked against whichever id results.</param>
    /// <returns>Whether anything changed (no version bump, no event, for a no-op).</returns>
    public bool UpdateDetails(string? name, string? state, int localeCode, string? ncesLeaId, DateTimeOffset now)
    {
        var violations = new Violations();
        var validName = ValidateName(name, violations);
        var usState = UsState.TryCreate(state, violations);
        var leaId = ncesLeaId is null ? NcesLeaId : NcesLeaId.TryCreate(ncesLeaId, violations);
        RequireStateMatches(usState, leaId, violations);
        var locale = LocaleCode.TryCreate(localeCode, violations);
        violations.ThrowIfAny();

        if (validName == Name && usState == State && leaId == NcesLeaId && locale == LocaleCode)
        {
            return false;
        }

        Name = validName!;
        State = usState!;
        NcesLeaId = leaId!;
        LocaleCode = locale!;
        Touch(now);
        return true;
    }

    /// <summary>Chooses what other members may see; returns whether the choice changed.</summary>
    public bool SetSharingPreference(SharingPreference preference, DateTimeOffset now)
    {
        var violations = new Violations();
        RequireDefined(preference, violations);
        violations.ThrowIfAny();

        if (preference == SharingPreference)
        {
            return false;
        }

        SharingPreference = preference;
        Touch(now);
        return true;
    }

    /// <summary>
    /// Replaces the whole contact list (the API edits it as one field). See
    /// <see cref="BenchmarkContactList"/> for the rules; returns whether the list changed.
    /// </summary>
    public bool ReplaceBenchmarkContacts(IReadOnlyList<BenchmarkContact> contacts, DateTimeOffset now)
    {
        var violations = new Violations();
        var validContacts = BenchmarkContactList.Validate(contacts, violations);
        violations.ThrowIfAny();

        if (validContacts.SequenceEqual(_benchmarkContacts))
        {
            return false;
        }

        _benchmarkContacts.Clear();
        _benchmarkContacts.AddRange(validContacts);
        Touch(now);
        return true;
    }

    private static string? ValidateName(string? name, Violations violations)
    {
        var cleaned = TextInput.Clean(name);
        violations.Require(
            cleaned is { Length: >= NameMinLength and <= NameMaxLength },
            DistrictFields.Name,
            $"Enter the district's name ({NameMinLength}–{NameMaxLength} characters).");
        return cleaned;
    }

    /// <summary>The LEA id's FIPS prefix fixes the state; a mismatch means one of them is mistyped.</summary>
    private static void RequireStateMatches(UsState? state, NcesLeaId? leaId, Violations violations)
    {
        if (state is null || leaId is null || state == leaId.State)
        {
            return;
        }

        violations.Add(
            DistrictFields.State,
            $"NCES LEA id {leaId} belongs to {leaId.State.Code} (FIPS {leaId.StateFips}), not {state.Code}.");
    }

    private static void RequireDefined(SharingPreference preference, Violations violations) =>
        violations.Require(
            Enum.IsDefined(preference),
            DistrictFields.SharingPreference,
            "Choose how others may see the district's values: named, anonymous or private.");

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }
}
