namespace Consortium.Insights.Domain.Peers;

/// <summary>
/// One similar district. <see cref="Distance"/> is the weighted standardised distance (0 =
/// identical context); <see cref="Similarity"/> maps it to 0–100 as 100 / (1 + d), so 100 is
/// identical, 50 is one standard deviation away on average, and it never goes negative.
/// </summary>
public sealed record PeerMatch(Guid DistrictId, double Distance, double Similarity);
