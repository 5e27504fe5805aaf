using System.Text.Json;
using System.Text.Json.Serialization;
using KmIcs.Assurance.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KmIcs.Assurance.Data.Auditing;

/// <summary>
/// Adds one <see cref="AuditEntry"/> per inserted, updated or deleted row to the same <c>SaveChanges</c>, so the audit
/// rows commit or roll back with the change itself. Who comes from <see cref="AssuranceDbContext.CurrentActor"/>, when
/// from <see cref="AssuranceDbContext.Clock"/>. Runs after the tenant interceptor, so new rows already carry their
/// tenant. Properties marked <c>IsRedactedInAudit</c> are written as "[redacted]".
/// </summary>
public sealed class AuditSaveChangesInterceptor : SaveChangesInterceptor
{
    public const string Redacted = "[redacted]";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        PropertyNamingPolicy = null,
    };

    public static AuditSaveChangesInterceptor Instance { get; } = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        AddAuditEntries(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        AddAuditEntries(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void AddAuditEntries(DbContext? context)
    {
        if (context is not AssuranceDbContext db)
        {
            return;
        }

        db.ChangeTracker.DetectChanges();
        var now = db.Clock.GetUtcNow().UtcDateTime;
        var entries = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is not AuditEntry && e.Metadata.IsAudited())
            .ToList();
        foreach (var entry in entries)
        {
            var audit = Describe(entry, db, now);
            if (audit is not null)
            {
                db.AuditEntries.Add(audit);
            }
        }
    }

    private static AuditEntry? Describe(EntityEntry entry, AssuranceDbContext db, DateTime now)
    {
        var before = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        var after = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var redacted = property.Metadata.IsRedactedInAudit();
            switch (entry.State)
            {
                case EntityState.Added:
                    after[property.Metadata.Name] = Value(property.CurrentValue, redacted);
                    break;
                case EntityState.Deleted:
                    before[property.Metadata.Name] = Value(property.OriginalValue, redacted);
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    before[property.Metadata.Name] = Value(property.OriginalValue, redacted);
                    after[property.Metadata.Name] = Value(property.CurrentValue, redacted);
                    break;
                case EntityState.Modified:
                case EntityState.Detached:
                case EntityState.Unchanged:
                    break;
            }
        }

        if (entry.State == EntityState.Modified && after.Count == 0)
        {
            return null;
        }

        return new AuditEntry
        {
            OccurredAtUtc = now,
            TenantId = TenantOf(entry, db),
            UserId = db.CurrentActor.UserId,
            UserName = db.CurrentActor.Name,
            Action = entry.State switch
            {
                EntityState.Added => AuditActions.Created,
                EntityState.Deleted => AuditActions.Deleted,
                _ => AuditActions.Updated,
            },
            EntityType = entry.Metadata.ClrType.Name,
            EntityId = KeyOf(entry),
            Before = before.Count == 0 ? null : JsonSerializer.Serialize(before, Json),
            After = after.Count == 0 ? null : JsonSerializer.Serialize(after, Json),
        };
    }

    private static object? Value(object? value, bool redacted) => redacted && value is not null ? Redacted : value;

    private static Guid? TenantOf(EntityEntry entry, AssuranceDbContext db)
    {
        if (entry.Entity is ITenantOwned owned)
        {
            return owned.TenantId;
        }

        // Account rows (memberships, invitations) name their tenant without being behind the filter.
        var tenantProperty = entry.Metadata.FindProperty(nameof(ITenantOwned.TenantId));
        if (tenantProperty is not null && entry.Property(tenantProperty.Name).CurrentValue is Guid tenantId)
        {
            return tenantId;
        }

        return db.CurrentTenant.TenantId;
    }

    private static string? KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return null;
        }

        return string.Join(",", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
