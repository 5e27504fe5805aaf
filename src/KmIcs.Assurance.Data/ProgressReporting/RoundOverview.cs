using KmIcs.Assurance.Domain.ProgressReporting;

namespace KmIcs.Assurance.Data.ProgressReporting;

/// <summary>
/// A round as the clerk's page shows it: every commitment it asks about with each lead body's update, and how far each
/// organisation has got. <see cref="Phase"/> is the round for everyone (no lock exception applied).
/// </summary>
public sealed record RoundOverview(
    ReportingRound Round,
    RoundPhase Phase,
    IReadOnlyList<RoundCommitment> Commitments,
    IReadOnlyList<OrganisationCompletion> Completion);

/// <summary>
/// One commitment of the round. <see cref="OverallStatus"/> is the latest status decision made in this round, null
/// until one is made; a commitment without lead bodies has nobody to ask and says so with an empty list.
/// </summary>
public sealed record RoundCommitment(
    Guid CommitmentId,
    string Text,
    string OutcomeNumber,
    IReadOnlyList<RoundLeadBody> LeadBodies,
    CommitmentStatus? OverallStatus);

/// <summary>One lead body of a commitment and its update in the round; the update fields are null until it starts one.</summary>
public sealed record RoundLeadBody(Guid OrganisationId, string OrganisationName, Guid? UpdateId, UpdateState? State, CommitmentStatus? Status)
{
    /// <summary>Submitted or approved: what completion counts.</summary>
    public bool IsReported => State is UpdateState.Submitted or UpdateState.Approved;
}

/// <summary>
/// How far one organisation has got: of the <see cref="Commitments"/> it leads in the round, how many it has
/// submitted (or had approved) and how many are approved. <see cref="Phase"/> takes its lock exception into account.
/// </summary>
public sealed record OrganisationCompletion(Guid OrganisationId, string OrganisationName, int Commitments, int Reported, int Approved, RoundPhase Phase)
{
    public int Outstanding => Commitments - Reported;
}
