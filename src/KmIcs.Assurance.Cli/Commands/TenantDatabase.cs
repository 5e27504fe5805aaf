using KmIcs.Assurance.Data;
using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Data.Tenancy;
using KmIcs.Assurance.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Cli.Commands;

/// <summary>
/// A unit of work for one tenant on the database the command line names, acting as the command itself: audit rows and
/// the provenance of imported values say who did it, e.g. "cli import-values", as the portal records the analyst.
/// </summary>
internal static class TenantDatabase
{
    /// <summary>The context with its current tenant set, or null (nothing left open) when no tenant has that slug.</summary>
    public static async Task<AssuranceDbContext?> OpenAsync(DatabaseConnection connection, string slug, string command, CancellationToken cancellationToken)
    {
        var options = new DbContextOptionsBuilder<AssuranceDbContext>();
        options.UseAssuranceDatabase(connection);
        var db = new AssuranceDbContext(options.Options, new CurrentTenant(), CurrentActor.System($"cli {command}"));
        var wanted = slug.Trim().ToLowerInvariant();
        var tenant = await db.Set<Tenant>().AsNoTracking().SingleOrDefaultAsync(t => t.Slug == wanted, cancellationToken);
        if (tenant is null)
        {
            await db.DisposeAsync();
            return null;
        }

        db.CurrentTenant.Set(tenant.Id, tenant.Slug);
        return db;
    }
}
