using Consortium.Insights.Domain.Confidentiality;
using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Grpc;
using Consortium.ServiceDefaults.Security;

namespace Consortium.Insights.Api;

/// <summary>
/// Who asks, and as which district. A district role asks only as its own district; staff may
/// ask as any district (to see what it sees, its own value and peers) or as nobody.
/// </summary>
internal static class Access
{
    /// <summary>
    /// The district a request asks as. Empty means the caller's own district (none for staff);
    /// another district than a district role's own is PERMISSION_DENIED.
    /// </summary>
    public static Guid? AskingDistrict(Caller caller, string requested, string field, Violations violations)
    {
        Guid? asked = string.IsNullOrWhiteSpace(requested) ? null : ProtoConversions.ParseId(requested, field, violations);
        if (caller.IsStaff)
        {
            return asked;
        }

        return asked ?? caller.DistrictId;
    }

    /// <summary>Throws PERMISSION_DENIED unless the caller may ask as <paramref name="district"/>.</summary>
    public static void RequireActsFor(Caller caller, Guid? district)
    {
        if (caller.IsStaff)
        {
            return;
        }

        if (caller.DistrictId is null)
        {
            throw new PermissionDeniedException("Comparisons are for member districts and consortium staff; your sign-in names no district.");
        }

        if (district != caller.DistrictId)
        {
            throw new PermissionDeniedException("You can ask only as your own district.");
        }
    }

    /// <summary>The confidentiality viewer: staff see every value; a district role sees others as they share.</summary>
    public static Viewer ViewerOf(Caller caller) =>
        caller.IsStaff ? Viewer.Staff : Viewer.OfDistrict(caller.DistrictId ?? throw new PermissionDeniedException("Your sign-in names no district."));
}
