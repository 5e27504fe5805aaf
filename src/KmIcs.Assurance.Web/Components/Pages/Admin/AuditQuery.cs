using System.Globalization;
using KmIcs.Assurance.Data;
using KmIcs.Assurance.Data.Auditing;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Web.Components.Pages.Admin;

/// <summary>
/// The audit page's filters, read from the query string so a filtered view is a link to share. A value that is not
/// one the filter form could send is ignored, as if the filter were not set.
/// </summary>
public sealed record AuditFilter(string? User, string? Action, string? Entity, DateOnly? From, DateOnly? To, int Page)
{
    public const int PageSize = 50;

    /// <summary>The highest page asked for that still has a row offset an <see cref="int"/> can hold.</summary>
    public const int MaxPage = (int.MaxValue / PageSize) + 1;

    public static AuditFilter Parse(string? user, string? action, string? entity, string? from, string? to, string? page) => new(
        RequestValues.Text(user),
        AuditActions.All.Contains(action) ? action : null,
        RequestValues.Text(entity),
        Date(from),
        // The last day there is has no day after it to end the range at; up to then is no limit at all.
        Date(to) is { } last && last < DateOnly.MaxValue ? last : null,
        RequestValues.Number(page) is >= 1 and <= MaxPage and var number ? number : 1);

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
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
