using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KmIcs.Assurance.Data.Caching;

/// <summary>
/// Moves the current tenant's <see cref="TenantDataVersions"/> counter after every save that wrote rows. Every write
/// of a tenant-owned row is for the current tenant (<see cref="Tenancy.TenantSaveChangesInterceptor"/> refuses
/// others), so the current tenant is the one whose data changed. It runs after the save, so a reader that sees the
/// new counter also sees the new rows.
/// </summary>
public sealed class TenantDataVersionInterceptor(TenantDataVersions versions) : SaveChangesInterceptor
{
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Signal(eventData, result);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Signal(eventData, result);
        return ValueTask.FromResult(result);
    }

    private void Signal(SaveChangesCompletedEventData eventData, int result)
    {
        if (result > 0 && eventData.Context is AssuranceDbContext { CurrentTenant.TenantId: { } tenantId })
        {
            versions.Changed(tenantId);
        }
    }
}
