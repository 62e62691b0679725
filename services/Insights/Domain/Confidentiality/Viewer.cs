namespace Consortium.Insights.Domain.Confidentiality;

/// <summary>
/// Who is asking. Consortium staff see every value (they review submissions); a district role
/// sees others only as their sharing choices allow. Built by the API from the token's claims.
/// </summary>
public sealed record Viewer
{
    private Viewer(Guid? districtId) => DistrictId = districtId;

    /// <summary>The caller's district, or null for staff.</summary>
    public Guid? DistrictId { get; }

    public bool IsStaff => DistrictId is null;

    public static Viewer Staff { get; } = new((Guid?)null);

    public static Viewer OfDistrict(Guid districtId) => new(districtId);

    /// <summary>A stable key for per-caller state such as the differencing guard's answered groups.</summary>
    public string Key => DistrictId is { } id ? $"district/{id}" : "staff";
}
