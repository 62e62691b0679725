namespace Consortium.Pipeline.Domain;

/// <summary>API field names of development activities used in violations, so the domain and the API name fields alike.</summary>
public static class DevelopmentFields
{
    public const string Kind = "kind";
    public const string Title = "title";
    public const string Provider = "provider";
    public const string Hours = "hours";
    public const string StartOn = "start_on";
    public const string EndOn = "end_on";
    public const string Status = "status";
    public const string CompetencyCodes = "competency_codes";
    public const string EffectiveOn = "effective_on";
    public const string Reason = "reason";
}
