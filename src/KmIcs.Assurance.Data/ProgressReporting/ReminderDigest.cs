using KmIcs.Assurance.Domain.ProgressReporting;

namespace KmIcs.Assurance.Data.ProgressReporting;

/// <summary>
/// One reminder email to write: who to, about which round, and the commitments their organisations still have to
/// report on, worked out when it is sent (not when it was planned), so it never nags about an update already submitted.
/// An empty <see cref="Commitments"/> list means there is nothing left to remind about, or the person is no longer an
/// active lead partner: mark it sent without sending.
/// </summary>
public sealed record ReminderDigest(
    Guid ReminderId,
    ReminderKind Kind,
    ReportingRound Round,
    Guid UserId,
    string Email,
    string DisplayName,
    IReadOnlyList<OutstandingCommitment> Commitments);
