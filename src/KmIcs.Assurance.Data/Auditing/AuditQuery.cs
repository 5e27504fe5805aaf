using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.Auditing;

/// <summary>
/// The audit page's filters (read from the query string by the page, so a filtered view is a link to share) and the
/// page of rows asked for.
/// </summary>
public sealed record AuditFilter(string? User, string? Action, string? Entity, DateOnly? From, DateOnly? To, int Page)
{
    public const int PageSize = 50;

    /// <summary>The highest page asked for that still has a row offset an <see cref="int"/> can hold.</summary>
    public const int MaxPage = (int.MaxValue / PageSize) + 1;
}

/// <summary>
/// One tenant's audit log: rows written for the tenant, and account-wide events (sign-ins) of its members since they
/// joined. Newest first.
/// </summary>
public sealed class AuditQuery(AssuranceDbContext db)
{
    public async Task<(IReadOnlyList<AuditEntry> Rows, int Total)> RunAsync(Guid tenantId, AuditFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        // lower() in SQL on both engines; culture rules do not apply to a database function.
#pragma warning disable CA1304, CA1311, CA1862
        // Account-wide events (sign-ins, two-factor changes) of this tenant's members, only from when each joined:
        // nothing from before, nor from someone who was invited and has not accepted.
        var query = db.AuditEntries.AsNoTracking()
            .Where(a => a.TenantId == tenantId
                || (a.TenantId == null && db.TenantMemberships.Any(m =>
                    m.TenantId == tenantId && m.UserId == a.UserId && m.JoinedAtUtc != null && a.OccurredAtUtc >= m.JoinedAtUtc)));
        if (filter.User is { } user)
        {
            query = query.Where(a => a.UserName != null && a.UserName.ToLower().Contains(user.ToLower()));
        }

        if (filter.Action is { } action)
        {
            query = query.Where(a => a.Action == action);
        }

        if (filter.Entity is { } entity)
        {
            query = query.Where(a => a.EntityType.ToLower().Contains(entity.ToLower()));
        }

        if (filter.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.OccurredAtUtc >= start);
        }

        if (filter.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.OccurredAtUtc < end);
        }

#pragma warning restore CA1304, CA1311, CA1862
        var total = await query.CountAsync();
        var rows = await query
            .OrderByDescending(a => a.OccurredAtUtc).ThenByDescending(a => a.Id)
            .Skip((filter.Page - 1) * AuditFilter.PageSize)
            .Take(AuditFilter.PageSize)
            .ToListAsync();
        return (rows, total);
    }
}
