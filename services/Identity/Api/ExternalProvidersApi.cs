using Consortium.Contracts.Identity.V1;
using Consortium.Identity.Data;
using Consortium.Identity.Federation;
using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Grpc;
using Consortium.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consortium.Identity.Api;

/// <summary>
/// The staff API over districts' own providers. Every request is validated in full before
/// anything is written (a bad request changes nothing), and audited with the change. The client
/// secret is stored protected and never returned. Changes reach the sign-in page and OpenIddict's
/// client at the next sign-in (<see cref="ExternalProviderRegistrations"/>).
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ExternalProvidersApi(
    IdentityServiceDbContext db,
    IDataProtectionProvider protection,
    AccessAudit audit,
    IHostEnvironment environment,
    IOptions<IdentityServiceOptions> options,
    TimeProvider time) : ExternalProviderService.ExternalProviderServiceBase
{
    private Uri OwnIssuer => options.Value.Issuer;

    private bool AllowHttp => environment.IsDevelopment();

    public override async Task<Contracts.Identity.V1.ExternalProvider> CreateExternalProvider(CreateExternalProviderRequest request, ServerCallContext context)
    {
        var violations = new Violations();
        var districtId = IdentityMessages.RequiredId(request.DistrictId, "district_id", violations);
        var name = ExternalProviderMessages.DisplayName(request.DisplayName, violations);
        var issuer = ExternalProviderMessages.Issuer(request.Issuer, AllowHttp, violations);
        var clientId = ExternalProviderMessages.ClientId(request.ClientId, violations);
        var secret = ExternalProviderMessages.ClientSecret(request.ClientSecret, required: true, violations);
        var rules = ExternalProviderMessages.Rules(request.Rules, violations);
        violations.ThrowIfAny();

        var now = time.GetUtcNow();
        var provider = new Data.ExternalProvider
        {
            Id = Guid.CreateVersion7(),
            DistrictId = districtId,
            DisplayName = name,
            Issuer = issuer,
            ClientId = clientId,
            ProtectedClientSecret = ExternalProviderRegistrations.SecretProtector(protection).Protect(secret!),
            Rules = rules,
            CreatedAt = now,
            UpdatedAt = now,
            DisabledAt = request.Enabled ? null : now,
        };
        db.ExternalProviders.Add(provider);
        audit.Record(context.GetCaller().Subject, "provider.created", provider.Id.ToString(),
            (request.Enabled ? "enabled, " : "disabled, ") + ExternalProviderMessages.Describe(provider));
        await db.SaveChangesAsync(context.CancellationToken);
        return ExternalProviderMessages.ToMessage(provider, OwnIssuer);
    }

    public override async Task<Contracts.Identity.V1.ExternalProvider> UpdateExternalProvider(UpdateExternalProviderRequest request, ServerCallContext context)
    {
        var violations = new Violations();
        var providerId = IdentityMessages.RequiredId(request.ProviderId, "provider_id", violations);
        var name = ExternalProviderMessages.DisplayName(request.DisplayName, violations);
        var issuer = ExternalProviderMessages.Issuer(request.Issuer, AllowHttp, violations);
        var clientId = ExternalProviderMessages.ClientId(request.ClientId, violations);
        var secret = ExternalProviderMessages.ClientSecret(request.ClientSecret, required: false, violations);
        var rules = ExternalProviderMessages.Rules(request.Rules, violations);
        violations.ThrowIfAny();

        var provider = await FindAsync(providerId, context.CancellationToken);
        provider.DisplayName = name;
        provider.Issuer = issuer;
        provider.ClientId = clientId;
        if (secret is not null)
        {
            provider.ProtectedClientSecret = ExternalProviderRegistrations.SecretProtector(protection).Protect(secret);
        }

        db.RemoveRange(provider.Rules);
        provider.Rules.Clear();
        provider.Rules.AddRange(rules);
        provider.UpdatedAt = time.GetUtcNow();
        audit.Record(context.GetCaller().Subject, "provider.updated", provider.Id.ToString(),
            (secret is null ? string.Empty : "new client secret, ") + ExternalProviderMessages.Describe(provider));
        await db.SaveChangesAsync(context.CancellationToken);
        return ExternalProviderMessages.ToMessage(provider, OwnIssuer);
    }

    public override async Task<Contracts.Identity.V1.ExternalProvider> SetExternalProviderEnabled(SetExternalProviderEnabledRequest request, ServerCallContext context)
    {
        var violations = new Violations();
        var providerId = IdentityMessages.RequiredId(request.ProviderId, "provider_id", violations);
        violations.ThrowIfAny();
        var provider = await FindAsync(providerId, context.CancellationToken);
        var now = time.GetUtcNow();
        provider.DisabledAt = request.Enabled ? null : now;
        provider.UpdatedAt = now;
        audit.Record(context.GetCaller().Subject, request.Enabled ? "provider.enabled" : "provider.disabled", provider.Id.ToString(), $"district {provider.DistrictId}");
        await db.SaveChangesAsync(context.CancellationToken);
        return ExternalProviderMessages.ToMessage(provider, OwnIssuer);
    }

    public override async Task<ListExternalProvidersResponse> ListExternalProviders(ListExternalProvidersRequest request, ServerCallContext context)
    {
        var violations = new Violations();
        var district = IdentityMessages.OptionalId(request.DistrictId, "district_id", violations);
        violations.ThrowIfAny();
        var size = Paging.NormalizePageSize(request.PageSize);
        var filters = Paging.Fingerprint("providers", district);
        var after = Paging.DecodeToken<ProviderCursor>(request.PageToken, filters);

        var query = db.ExternalProviders.AsNoTracking().Include(p => p.Rules).AsQueryable();
        if (district is { } id)
        {
            query = query.Where(p => p.DistrictId == id);
        }

        if (after is not null)
        {
            query = query.Where(p => p.CreatedAt > after.CreatedAt || (p.CreatedAt == after.CreatedAt && p.Id.CompareTo(after.Id) > 0));
        }

        var page = await query.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).Take(size + 1).ToListAsync(context.CancellationToken);
        var response = new ListExternalProvidersResponse();
        response.Providers.AddRange(page.Take(size).Select(provider => ExternalProviderMessages.ToMessage(provider, OwnIssuer)));
        if (page.Count > size)
        {
            var last = page[size - 1];
            response.NextPageToken = Paging.EncodeToken(new ProviderCursor(last.CreatedAt, last.Id), filters);
        }

        return response;
    }

    private async Task<Data.ExternalProvider> FindAsync(Guid providerId, CancellationToken cancellationToken) =>
        await db.ExternalProviders.Include(p => p.Rules).SingleOrDefaultAsync(p => p.Id == providerId, cancellationToken)
            ?? throw new NotFoundException("external provider", providerId.ToString());

    private sealed record ProviderCursor(DateTimeOffset CreatedAt, Guid Id);
}
