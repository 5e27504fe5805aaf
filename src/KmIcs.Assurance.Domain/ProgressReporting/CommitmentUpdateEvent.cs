using KmIcs.Assurance.Domain.Tenancy;

namespace KmIcs.Assurance.Domain.ProgressReporting;

/// <summary>
/// One step of an update's review, never changed afterwards: who submitted, returned or approved it, when, with what
/// comment and at what rating. The update row only holds the latest review, so without these a returned-then-approved
/// update would lose the comment it was returned with; the page shows them as the update's history.
/// </summary>
public class CommitmentUpdateEvent : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid UpdateId { get; init; }

    public UpdateEventKind Kind { get; init; }

    /// <summary>The update's rating at the time, so the history shows a rating that was later changed.</summary>
    public CommitmentStatus? Status { get; init; }

    public Guid ById { get; init; }

    public required string ByName { get; init; }

    public DateTimeOffset At { get; init; }

    public string? Comment { get; init; }
}
