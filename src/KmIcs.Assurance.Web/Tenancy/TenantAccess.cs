using KmIcs.Assurance.Data;
using KmIcs.Assurance.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Web.Tenancy;

/// <summary>
/// Reads a user's active membership of a tenant by slug: the single query behind every tenant route. A membership the
/// person has not accepted yet gives no access.
/// </summary>
public sealed class TenantAccess(AssuranceDbContext db)
{
    // Compiled once: this runs on every tenant request, and EF's per-call query-cache lookup costs more than the query.
    private static readonly Func<AssuranceDbContext, Guid, string, CancellationToken, Task<MembershipRow?>> FindMembership =
        EF.CompileAsyncQuery((AssuranceDbContext context, Guid userId, string slug, CancellationToken _) =>
            context.TenantMemberships
                .AsNoTracking()
                .Where(m => m.UserId == userId && m.IsActive && m.JoinedAtUtc != null && m.User!.IsActive)
                .Join(context.Set<Tenant>().Where(t => t.Slug == slug), m => m.TenantId, t => t.Id, (m, t) => new MembershipRow(
                    m.Id,
                    m.TenantId,
                    t.Slug,
                    t.Name,
                    m.Roles.Select(r => r.Role).ToList(),
                    m.Organisations.Select(o => o.OrganisationId).ToList()))
                .SingleOrDefault());

    public async Task<MembershipSnapshot?> FindAsync(Guid userId, string slug, CancellationToken cancellationToken = default)
    {
        var row = await FindMembership(db, userId, slug, cancellationToken);
        return row is null
            ? null
            : new MembershipSnapshot(row.Id, row.TenantId, row.Slug, row.Name, userId, row.Roles.ToHashSet(), row.Organisations.ToHashSet());
    }

    public Task<bool> ExistsAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Set<Tenant>().AnyAsync(t => t.Slug == slug, cancellationToken);

    /// <summary>The partnerships a user can open, for the account page and the landing redirect after sign-in.</summary>
    public async Task<IReadOnlyList<(string Slug, string Name, IReadOnlyList<Data.Identity.TenantRole> Roles)>> ListAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var rows = await db.TenantMemberships
            .AsNoTracking()
            .Where(m => m.UserId == userId && m.IsActive && m.JoinedAtUtc != null)
            .Join(db.Set<Tenant>(), m => m.TenantId, t => t.Id, (m, t) => new { t.Slug, t.Name, Roles = m.Roles.Select(r => r.Role).ToList() })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => (r.Slug, r.Name, (IReadOnlyList<Data.Identity.TenantRole>)r.Roles.Order().ToList()))
            .ToList();
    }

    private sealed record MembershipRow(Guid Id, Guid TenantId, string Slug, string Name, List<Data.Identity.TenantRole> Roles, List<Guid> Organisations);
}
