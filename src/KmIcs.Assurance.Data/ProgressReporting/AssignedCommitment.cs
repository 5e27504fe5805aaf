using KmIcs.Assurance.Domain.ProgressReporting;

namespace KmIcs.Assurance.Data.ProgressReporting;

/// <summary>
/// One line of a lead partner's "my updates": a commitment one of their organisations leads, the current round (null
/// before the first round opens), that organisation's update in it (null until started), and whether it is due.
/// </summary>
public sealed record AssignedCommitment(
    Guid CommitmentId,
    string CommitmentText,
    string OutcomeNumber,
    Guid OrganisationId,
    string OrganisationName,
    ReportingRound? Round,
    RoundPhase? Phase,
    CommitmentUpdate? Update)
{
    /// <summary>The round has opened and the organisation has not yet submitted (a returned update counts as not submitted).</summary>
    public bool IsOutstanding => Round is not null && Phase is not RoundPhase.NotYetOpen && Update?.IsReported != true;

    /// <summary>Outstanding after the round's closing date.</summary>
    public bool IsOverdue => IsOutstanding && Phase is RoundPhase.Locked or RoundPhase.OpenByException;
}
