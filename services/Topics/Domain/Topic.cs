using Consortium.ServiceDefaults.Domain;

namespace Consortium.Topics.Domain;

/// <summary>
/// A topic of a cycle: what districts are asked to describe and the targets (measures) they
/// report. Draft → Published → Retired. A draft may change freely; publishing freezes the
/// definitions (a change would make earlier submissions incomparable), so a published topic
/// changes only by being carried into a later cycle. Targets are in <c>Topic.Targets.cs</c>,
/// the lifecycle in <c>Topic.Lifecycle.cs</c>.
/// </summary>
public sealed partial class Topic
{
    public const int TitleMinLength = 3;
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 4000;
    public const int FocusAreaMinLength = 2;
    public const int FocusAreaMaxLength = 100;
    public const int WhyItMattersMaxLength = 4000;

    private readonly List<Target> _targets = [];

    // For EF Core materialization only; it sets every property.
    private Topic()
    {
        Title = string.Empty;
        Description = string.Empty;
        FocusArea = string.Empty;
        BenchmarkKinds = [];
    }

    public Guid Id { get; private set; }

    public Guid CycleId { get; private set; }

    public string Title { get; private set; }

    public string Description { get; private set; }

    public string FocusArea { get; private set; }

    /// <summary>Never empty; distinct and in enum order.</summary>
    public List<BenchmarkKind> BenchmarkKinds { get; private set; }

    public string? WhyItMatters { get; private set; }

    public TopicStatus Status { get; private set; }

    /// <summary>In the order staff defined them.</summary>
    public IReadOnlyList<Target> Targets => _targets;

    /// <summary>The topic this one was carried forward from, for trends across cycles.</summary>
    public Guid? CarriedFromTopicId { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public DateTimeOffset? RetiredAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    private string Subject => $"topic/{Id}";

    /// <summary>
    /// Creates a draft topic in <paramref name="cycle"/>, optionally with targets. Reports every
    /// invalid field (of the topic and of each target) at once.
    /// </summary>
    public static Topic Create(Cycle cycle, TopicDetails details, IReadOnlyList<TargetDefinition> targets, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(targets);
        RequireAcceptsTopics(cycle, $"cycle/{cycle.Id}", "add a topic to it");

        var violations = new Violations();
        var valid = ValidateDetails(details, violations);
        var topic = new Topic
        {
            Id = Guid.CreateVersion7(now),
            CycleId = cycle.Id,
            Status = TopicStatus.Draft,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        topic.AddValidTargets(targets, violations, now);
        violations.ThrowIfAny();
        topic.Apply(valid!);
        return topic;
    }

    /// <summary>Changes a draft's title, description, focus area, kinds or why it matters; returns whether anything changed.</summary>
    public bool UpdateDetails(TopicDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        RequireDraft("change its details");
        var violations = new Violations();
        var valid = ValidateDetails(details, violations);
        violations.ThrowIfAny();

        if (valid!.Title == Title && valid.Description == Description && valid.FocusArea == FocusArea
            && valid.BenchmarkKinds.SequenceEqual(BenchmarkKinds) && valid.WhyItMatters == WhyItMatters)
        {
            return false;
        }

        Apply(valid);
        Touch(now);
        return true;
    }

    private void Apply(TopicDetails valid)
    {
        Title = valid.Title!;
        Description = valid.Description!;
        FocusArea = valid.FocusArea!;
        BenchmarkKinds = [.. valid.BenchmarkKinds];
        WhyItMatters = valid.WhyItMatters;
    }

    private static TopicDetails? ValidateDetails(TopicDetails details, Violations violations)
    {
        var title = TextInput.Clean(details.Title);
        violations.Require(title is { Length: >= TitleMinLength and <= TitleMaxLength }, TopicFields.Title, $"Give the topic a title ({TitleMinLength}–{TitleMaxLength} characters).");
        var description = TextInput.Clean(details.Description);
        violations.Require(description is { Length: <= DescriptionMaxLength }, TopicFields.Description, $"Describe what districts are asked to share (up to {DescriptionMaxLength} characters).");
        var focusArea = TextInput.Clean(details.FocusArea);
        violations.Require(focusArea is { Length: >= FocusAreaMinLength and <= FocusAreaMaxLength }, TopicFields.FocusArea, $"Name the focus area the topic serves ({FocusAreaMinLength}–{FocusAreaMaxLength} characters), e.g. Student experience.");
        var why = TextInput.Clean(details.WhyItMatters);
        violations.Require(why is null or { Length: <= WhyItMattersMaxLength }, TopicFields.WhyItMatters, $"Keep \"why it matters\" to {WhyItMattersMaxLength} characters or fewer.");
        violations.Require(details.BenchmarkKinds.Count > 0, TopicFields.BenchmarkKinds, "Choose at least one kind of benchmark: program, policy, practice, process, context, culture or capacity.");
        violations.Require(details.BenchmarkKinds.All(Enum.IsDefined), TopicFields.BenchmarkKinds, "Choose benchmark kinds from program, policy, practice, process, context, culture and capacity.");

        return violations.Any
            ? null
            : new TopicDetails(title, description, focusArea, [.. details.BenchmarkKinds.Distinct().Order()], why);
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }
}
