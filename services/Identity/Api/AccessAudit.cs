using Consortium.Identity.Data;

namespace Consortium.Identity.Api;

/// <summary>
/// Records a change to who may do what, in the same unit of work as the change (saved with it),
/// and as a structured log line for the telemetry pipeline.
/// </summary>
public sealed partial class AccessAudit(IdentityServiceDbContext db, TimeProvider time, ILogger<AccessAudit> logger)
{
    /// <summary>The actor of changes driven by events rather than a person.</summary>
    public const string System = "system";

    public void Record(string actor, string action, string target, string details = "")
    {
        db.AuditEntries.Add(new AuditEntry { At = time.GetUtcNow(), Actor = actor, Action = action, Target = target, Details = details });
        LogChange(logger, actor, action, target, details);
    }

    [LoggerMessage(Level = LogLevel.Information, EventName = "AccessChanged", Message = "Audit: {Actor} {Action} {Target} {Details}")]
    private static partial void LogChange(ILogger logger, string actor, string action, string target, string details);
}
