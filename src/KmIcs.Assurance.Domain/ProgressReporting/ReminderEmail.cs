using KmIcs.Assurance.Domain.Tenancy;

namespace KmIcs.Assurance.Domain.ProgressReporting;

/// <summary>
/// An outbox row: one reminder digest owed to one person for one round, written when the reminder is planned and
/// marked <see cref="SentAt"/> when the background job has sent it. Because the row is in the database, a restart
/// neither loses a reminder nor forgets that it went; the Data layer's unique index on (round, user, kind) means the
/// same reminder can never be planned twice.
/// </summary>
public class ReminderEmail : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid RoundId { get; init; }

    /// <summary>The lead partner to remind (an account id); their outstanding commitments are listed when it is sent.</summary>
    public Guid UserId { get; init; }

    public ReminderKind Kind { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Null until sent.</summary>
    public DateTimeOffset? SentAt { get; set; }
}
