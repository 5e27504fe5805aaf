using KmIcs.Assurance.Domain.Tenancy;

namespace KmIcs.Assurance.Domain.ProgressReporting;

/// <summary>
/// The commitment's overall status as the clerk set it, resting on the approved updates of its lead bodies. Decisions
/// are never edited: a new one supersedes the last, so the history of a commitment's status is simply its decisions
/// in <see cref="Sequence"/> order. When a commitment has one lead body, approving its update records the decision
/// automatically; with several, the clerk decides, and must give a <see cref="Reason"/> when the ratings differ.
/// </summary>
public class CommitmentStatusDecision : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid CommitmentId { get; init; }

    /// <summary>The round the decision closes; null for a decision made on updates given outside a round.</summary>
    public Guid? ReportingRoundId { get; init; }

    /// <summary>
    /// 1 for the commitment's first decision, then one more each time. The latest decision is the one with the highest
    /// number rather than the latest <see cref="DecidedAt"/>, because two decisions can carry the same time; the Data
    /// layer's unique index on (commitment, sequence) turns two clerks deciding at once into a refusal, not a tie.
    /// </summary>
    public int Sequence { get; init; }

    public CommitmentStatus Status { get; init; }

    /// <summary>Why the clerk chose this status; required when the lead bodies' ratings differ from each other or from it.</summary>
    public string? Reason { get; init; }

    public Guid DecidedById { get; init; }

    public required string DecidedByName { get; init; }

    public DateTimeOffset DecidedAt { get; init; }

    /// <summary>The approved updates the decision rests on, one per lead body that reported.</summary>
    public List<CommitmentStatusDecisionSource> Sources { get; } = [];
}
