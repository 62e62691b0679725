using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Domain.Measures;
using Consortium.ServiceDefaults.Grpc;
using Consortium.Topics.Domain;
using Google.Protobuf.WellKnownTypes;
using Proto = Consortium.Contracts.Topics.V1;

namespace Consortium.Topics.Api;

/// <summary>
/// API messages → domain inputs. Wire-level problems (unparsable numbers and times) become field
/// violations here; rules live in the domain. Enums go through <see cref="ContractEnums"/>
/// (by name, checked); UNSPECIFIED is "not set".
/// </summary>
internal static class TopicsInputs
{
    public static SchoolYearHalf? ToDomain(Proto.SchoolYearHalf half) => ContractEnums.Half.ToDomainOrNull(half);

    public static CycleStatus? ToDomain(Proto.CycleStatus status) => ContractEnums.CycleStatus.ToDomainOrNull(status);

    public static TopicStatus? ToDomain(Proto.TopicStatus status) => ContractEnums.TopicStatus.ToDomainOrNull(status);

    /// <summary>An UNSPECIFIED kind in the list stays an undefined member, for the domain's own check to name.</summary>
    public static IReadOnlyList<BenchmarkKind> ToDomain(IEnumerable<Proto.BenchmarkKind> kinds) =>
        [.. kinds.Select(kind => ContractEnums.BenchmarkKind.ToDomainOrNull(kind) ?? default)];

    /// <summary>
    /// A time from the wire, truncated to PostgreSQL's microseconds so that what a write returns
    /// equals what a later read returns.
    /// </summary>
    public static DateTimeOffset? ToTime(Timestamp? value, string field, Violations violations)
    {
        if (value is null)
        {
            return null;
        }

        try
        {
            var time = value.ToDateTimeOffset();
            return time.AddTicks(-(time.Ticks % (TimeSpan.TicksPerMillisecond / 1000)));
        }
        catch (InvalidOperationException)
        {
            violations.Add(field, "is not a valid time.");
            return null;
        }
    }

    public static TargetDefinition ToDomain(Proto.TargetDefinition? target, string prefix, Violations violations)
    {
        target ??= new Proto.TargetDefinition();
        string Field(string name) => $"{prefix}.{name}";
        return new TargetDefinition
        {
            Code = target.Code,
            Name = target.Name,
            Definition = target.Definition,
            Inclusions = target.Inclusions,
            Exclusions = target.Exclusions,
            MeasureType = ContractEnums.MeasureType.ToDomainOrNull(target.MeasureType),
            Unit = target.Unit,
            Currency = target.Currency,
            ScaleMin = ProtoConversions.ToDecimal(target.ScaleMin, Field(TargetFields.ScaleMin), violations),
            ScaleMax = ProtoConversions.ToDecimal(target.ScaleMax, Field(TargetFields.ScaleMax), violations),
            ScaleLabels = [.. target.ScaleLabels.Select((label, i) => new ScaleLabel(
                ProtoConversions.RequireDecimal(label.Value, $"{Field(TargetFields.ScaleLabels)}[{i}].value", violations),
                label.Label))],
            RubricLevels = [.. target.RubricLevels.Select(level => new RubricLevel(level.Rank, level.Label, level.Descriptor_))],
            Direction = ContractEnums.Direction.ToDomainOrNull(target.Direction),
            Required = target.Required,
            GoalValue = ProtoConversions.ToDecimal(target.GoalValue, Field(TargetFields.GoalValue), violations),
            PartOfTargetCode = target.PartOfTargetCode,
        };
    }
}
