namespace Consortium.Insights.Domain.Confidentiality;

/// <summary>
/// One individual value shown beside an aggregate. The subtype says what may be shown; an
/// anonymous row has no identity fields at all, so no mapper can leak one by mistake.
/// </summary>
public abstract record ComparisonRow(decimal Value);

/// <summary>A value the district shares by name, so peers know whom to call.</summary>
public sealed record NamedComparisonRow(Guid DistrictId, string DistrictName, decimal Value) : ComparisonRow(Value);

/// <summary>A value shared anonymously: the value only. No id, name, NCES id or enrollment by construction.</summary>
public sealed record AnonymousComparisonRow(decimal Value) : ComparisonRow(Value);

/// <summary>What consortium staff see: every value with its identity and the district's sharing choice.</summary>
public sealed record StaffComparisonRow(Guid DistrictId, string DistrictName, string NcesLeaId, Visibility Visibility, decimal Value)
    : ComparisonRow(Value);
