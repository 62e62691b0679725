using Consortium.Contracts.Districts.V1;
using Consortium.Districts.Data;
using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Grpc;
using Microsoft.EntityFrameworkCore;
using Domain = Consortium.Districts.Domain;

namespace Consortium.Districts.Api;

/// <summary>
/// The member directory: districts by name, filtered, one keyset page at a time. Shows only
/// what every signed-in member may see.
/// </summary>
internal static class DistrictDirectory
{
    public static async Task<ListDistrictsResponse> ListAsync(DistrictsDbContext db, ListDistrictsRequest request, CancellationToken cancellationToken)
    {
        var violations = new Violations();
        var pageSize = Paging.NormalizePageSize(request.PageSize);
        var state = string.IsNullOrEmpty(request.State) ? null : Domain.UsState.TryCreate(request.State, violations);
        var locale = request.LocaleCode == 0 ? null : Domain.LocaleCode.TryCreate(request.LocaleCode, violations);
        var status = DistrictInputs.ToDomain(request.MembershipStatus);
        violations.ThrowIfAny();

        var fingerprint = Paging.Fingerprint(state, locale?.Code, status, request.NameContains);
        var after = Paging.DecodeToken<NameCursor>(request.PageToken, fingerprint);

        var filtered = db.Districts.AsNoTracking();
        if (state is not null)
        {
            filtered = filtered.Where(district => district.State == state);
        }

        if (locale is not null)
        {
            filtered = filtered.Where(district => district.LocaleCode == locale);
        }

        if (status is not null)
        {
            filtered = filtered.Where(district => district.MembershipStatus == status);
        }

        if (!string.IsNullOrWhiteSpace(request.NameContains))
        {
            var pattern = $"%{EscapeLike(request.NameContains.Trim())}%";
            filtered = filtered.Where(district => EF.Functions.ILike(district.Name, pattern, @"\"));
        }

        var total = await filtered.CountAsync(cancellationToken);
        var page = filtered;
        if (after is not null)
        {
            page = page.Where(district => EF.Functions.GreaterThan(
                ValueTuple.Create(district.Name, district.Id), ValueTuple.Create(after.Name, after.Id)));
        }

        var districts = await page
            .OrderBy(district => district.Name).ThenBy(district => district.Id)
            .Take(pageSize + 1)
            .ToListAsync(cancellationToken);

        var response = new ListDistrictsResponse { TotalSize = total };
        response.Districts.AddRange(districts.Take(pageSize).Select(district => district.ToSummary()));
        if (districts.Count > pageSize)
        {
            var last = districts[pageSize - 1];
            response.NextPageToken = Paging.EncodeToken(new NameCursor(last.Name, last.Id), fingerprint);
        }

        return response;
    }

    private static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal);

    private sealed record NameCursor(string Name, Guid Id);
}
