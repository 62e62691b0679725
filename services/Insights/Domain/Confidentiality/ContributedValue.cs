namespace Consortium.Insights.Domain.Confidentiality;

/// <summary>One district's accepted value for a target, with everything that identifies it. Internal to Insights; never sent as is.</summary>
public sealed record ContributedValue(
    Guid DistrictId,
    string DistrictName,
    string NcesLeaId,
    int Enrollment,
    Visibility Visibility,
    decimal Value);
