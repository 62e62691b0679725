using Consortium.Contracts.Insights.V1;
using Consortium.Insights.Data.ReadModel;
using Consortium.Insights.Domain.Statistics;
using Consortium.ServiceDefaults.Grpc;
using DomainConfidentiality = Consortium.Insights.Domain.Confidentiality;

namespace Consortium.Insights.Api;

/// <summary>Domain and read-model values to messages of <c>consortium.insights.v1</c>.</summary>
internal static class InsightsMessages
{
    public static Suppression ToProto(this DomainConfidentiality.Suppression suppression) => new()
    {
        Reason = ContractEnums.SuppressionReason.ToContract(suppression.Reason),
        Explanation = suppression.Explanation,
    };

    public static TargetInfo ToProto(this TargetRow target)
    {
        var info = new TargetInfo
        {
            TargetId = target.Id.ToString(),
            Code = target.Code,
            Name = target.Name,
            TopicId = target.TopicId.ToString(),
            CycleId = target.CycleId.ToString(),
            MeasureType = ContractEnums.MeasureType.ToContract(target.MeasureType),
            Unit = target.Unit ?? target.Currency ?? string.Empty,
            Direction = ContractEnums.Direction.ToContract(target.Direction),
        };
        if (target.GoalValue is { } goal)
        {
            info.Goal = goal.ToProto();
        }

        return info;
    }

    public static NumericFigures ToProto(this Distribution distribution) => new()
    {
        Min = distribution.Min.ToProto(),
        Q1 = distribution.Q1.ToProto(),
        Median = distribution.Median.ToProto(),
        Q3 = distribution.Q3.ToProto(),
        Max = distribution.Max.ToProto(),
        Mean = distribution.Mean.ToProto(),
    };

    public static Contracts.Insights.V1.Position ToProto(this Domain.Statistics.Position position)
    {
        var message = new Contracts.Insights.V1.Position
        {
            Others = position.Others,
            Below = position.Below,
            Tied = position.Tied,
            Above = position.Above,
            PercentileRank = position.PercentileRank.ToProto(),
        };
        if (position.BetterThan is { } betterThan)
        {
            message.BetterThan = betterThan;
        }

        if (position.BetterThanPercent is { } percent)
        {
            message.BetterThanPercent = percent.ToProto();
        }

        return message;
    }

    public static ComparisonRow ToProto(this DomainConfidentiality.ComparisonRow row) => row switch
    {
        DomainConfidentiality.NamedComparisonRow named => new ComparisonRow
        {
            Named = new NamedRow { DistrictId = named.DistrictId.ToString(), DistrictName = named.DistrictName, Value = named.Value.ToProto() },
        },
        // Built from the value alone: the domain row has no identity to copy.
        DomainConfidentiality.AnonymousComparisonRow anonymous => new ComparisonRow { Anonymous = new AnonymousRow { Value = anonymous.Value.ToProto() } },
        DomainConfidentiality.StaffComparisonRow staff => new ComparisonRow
        {
            Staff = new StaffRow
            {
                DistrictId = staff.DistrictId.ToString(),
                DistrictName = staff.DistrictName,
                NcesLeaId = staff.NcesLeaId,
                Visibility = ContractEnums.Visibility.ToContract(staff.Visibility),
                Value = staff.Value.ToProto(),
            },
        },
        _ => throw new ArgumentOutOfRangeException(nameof(row), row.GetType().Name, "Unknown row kind."),
    };

    public static GroupMedian Median(int districtCount, DomainConfidentiality.Guarded<decimal> median)
    {
        var message = new GroupMedian { DistrictCount = districtCount };
        if (median.Suppression is { } suppression)
        {
            message.Suppression = suppression.ToProto();
        }
        else
        {
            message.Median = median.Value.ToProto();
        }

        return message;
    }
}
