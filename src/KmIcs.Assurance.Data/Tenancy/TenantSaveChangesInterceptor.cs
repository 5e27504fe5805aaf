using KmIcs.Assurance.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KmIcs.Assurance.Data.Tenancy;

/// <summary>
/// Before anything is written: stamps <see cref="ITenantOwned.TenantId"/> on new rows from the current tenant, and
/// refuses (throws <see cref="CrossTenantWriteException"/>) any insert, update or delete of a row whose tenant is not
/// the current one, including a save made with no current tenant at all. The query filter keeps other tenants' rows
/// out of reach; this keeps a hand-built or attached row from slipping past it.
/// </summary>
public sealed class TenantSaveChangesInterceptor : SaveChangesInterceptor
{
    public static TenantSaveChangesInterceptor Instance { get; } = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? context)
    {
        if (context is not AssuranceDbContext db)
        {
            return;
        }

        db.ChangeTracker.DetectChanges();
        var current = db.CurrentTenant.TenantId;
        foreach (var entry in db.ChangeTracker.Entries<ITenantOwned>())
        {
            var type = entry.Metadata.ClrType.Name;
            switch (entry.State)
            {
                case EntityState.Added:
                    if (current is null)
                    {
                        throw new CrossTenantWriteException($"A new {type} cannot be saved without a current tenant.");
                    }

                    if (entry.Entity.TenantId == Guid.Empty)
                    {
                        entry.Entity.TenantId = current.Value;
                    }
                    else if (entry.Entity.TenantId != current)
                    {
                        throw new CrossTenantWriteException($"A new {type} belongs to another tenant than the current one.");
                    }

                    break;
                case EntityState.Modified:
                case EntityState.Deleted:
                    var property = entry.Property(e => e.TenantId);
                    if (current is null || property.OriginalValue != current || property.CurrentValue != current)
                    {
                        throw new CrossTenantWriteException($"A {type} of another tenant cannot be changed or deleted here.");
                    }

                    break;
                case EntityState.Detached:
                case EntityState.Unchanged:
                    break;
            }
        }
    }
}
