namespace Consortium.Pipeline.Domain;

/// <summary>A named successor on a critical role's slate, with how ready they are for that role.</summary>
public sealed record Successor(Guid LeaderId, ReadinessLevel Readiness);
