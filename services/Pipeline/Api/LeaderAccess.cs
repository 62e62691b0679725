using Consortium.Contracts.Security;
using Consortium.Pipeline.Domain;
using Consortium.ServiceDefaults.Security;

namespace Consortium.Pipeline.Api;

/// <summary>
/// Who may see and change person-level pipeline data: staff everything; a district lead their
/// own district's leaders (and a leader whose move to their district awaits their confirmation);
/// a caller with the <c>leader</c> role only the record whose <c>leader_subject</c> is their token's
/// subject, read-only except for adding a SELF competency rating. <see cref="Caller.ActsFor"/> is deliberately not used: it would let any
/// district role (a leader included) see the whole district.
/// </summary>
internal static class LeaderAccess
{
    public static bool IsLeaderOnly(Caller caller) =>
        !caller.IsStaff && !caller.IsDistrictLead && caller.Roles.Contains(Roles.Leader);

    /// <summary>The caller is the leader this record is about (matched by token subject).</summary>
    public static bool IsOwnRecord(Caller caller, Leader leader) =>
        caller.Roles.Contains(Roles.Leader) && leader.LeaderSubject is { } subject && subject == caller.Subject;

    public static void RequireManage(Caller caller, Guid districtId)
    {
        if (!caller.CanManage(districtId))
        {
            throw new PermissionDeniedException("Only consortium staff or the district's own lead can work on its leadership pipeline.");
        }
    }

    public static void RequireRead(Caller caller, Leader leader)
    {
        var allowed = caller.CanManage(leader.DistrictId)
            || (leader.PendingMove is { } move && caller.CanManage(move.ToDistrictId))
            || IsOwnRecord(caller, leader);
        if (!allowed)
        {
            throw new PermissionDeniedException("Leaders' records are visible only to their own district and consortium staff.");
        }
    }
}
