using Consortium.ServiceDefaults.Vocabulary;
using Consortium.Submissions.Domain;
using Proto = Consortium.Contracts.Submissions.V1;

namespace Consortium.Submissions.Api;

/// <summary>The API's enums ↔ the domain's: each pair mapped once, by member name (ADR 22).</summary>
internal static class ContractEnums
{
    public static readonly EnumMap<Proto.BenchmarkKind, BenchmarkKind> BenchmarkKind = new();

    public static readonly EnumMap<Proto.SubmissionStatus, SubmissionStatus> SubmissionStatus = new();

    public static readonly EnumMap<Proto.Visibility, Visibility> Visibility = new();

    public static readonly EnumMap<Proto.ImplementationStage, ImplementationStage> ImplementationStage = new();

    public static readonly EnumMap<Proto.SubmissionAction, SubmissionAction> SubmissionAction = new();
}
