namespace KmIcs.Assurance.Data.Auditing;

/// <summary>
/// Records security events that are not (only) row changes: sign-in, failed sign-in, lockout, role changes. Row
/// changes need nothing from callers; <see cref="AuditSaveChangesInterceptor"/> records them.
/// </summary>
public sealed class AuditLog(AssuranceDbContext db)
{
    /// <summary>Adds the event to the unit of work; it is written by the caller's next <c>SaveChanges</c>.</summary>
    public AuditEntry Add(string action, string entityType, string? entityId, string summary, Guid? tenantId = null, Guid? userId = null, string? userName = null)
    {
        var entry = new AuditEntry
        {
            OccurredAtUtc = db.Clock.GetUtcNow().UtcDateTime,
            TenantId = tenantId ?? db.CurrentTenant.TenantId,
            UserId = userId ?? db.CurrentActor.UserId,
            UserName = userName ?? db.CurrentActor.Name,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Summary = summary,
        };
        db.AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>Records the event now, in its own small transaction.</summary>
    public async Task RecordAsync(string action, string entityType, string? entityId, string summary, Guid? tenantId = null, Guid? userId = null, string? userName = null, CancellationToken cancellationToken = default)
    {
        Add(action, entityType, entityId, summary, tenantId, userId, userName);
        await db.SaveChangesAsync(cancellationToken);
    }
}
