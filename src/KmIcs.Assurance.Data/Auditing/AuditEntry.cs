namespace KmIcs.Assurance.Data.Auditing;

/// <summary>
/// One accountable change or security event: who, when, in which tenant, to what, and the values before and after.
/// Written by <see cref="AuditSaveChangesInterceptor"/> in the same transaction as the change, or by
/// <see cref="AuditLog"/> for events that change no row of ours (a failed sign-in).
/// </summary>
public class AuditEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public DateTime OccurredAtUtc { get; set; }

    /// <summary>The tenant the change belongs to; null for account-wide events (a sign-in) and platform changes.</summary>
    public Guid? TenantId { get; set; }

    public Guid? UserId { get; set; }

    /// <summary>Who, as shown at the time (the user's email), so the log stays readable after a user is renamed.</summary>
    public string? UserName { get; set; }

    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public string Action { get; set; } = "";

    /// <summary>The entity's CLR type name (<c>Commitment</c>), or the subject of an event (<c>ApplicationUser</c>).</summary>
    public string EntityType { get; set; } = "";

    public string? EntityId { get; set; }

    /// <summary>JSON object of the values before the change (changed properties only for an update).</summary>
    public string? Before { get; set; }

    /// <summary>JSON object of the values after the change (changed properties only for an update).</summary>
    public string? After { get; set; }

    /// <summary>A sentence for events, such as "Signed in" or "Roles changed to analyst, clerk".</summary>
    public string? Summary { get; set; }
}
