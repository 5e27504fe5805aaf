using KmIcs.Assurance.Domain.ProgressReporting;

namespace KmIcs.Assurance.Data.ProgressReporting;

/// <summary>
/// A commitment an organisation still has to report on in a round: no update yet (<see cref="State"/> null), or one
/// in draft or returned. Submitted and approved updates are done as far as the lead body is concerned.
/// </summary>
public sealed record OutstandingCommitment(Guid CommitmentId, string CommitmentText, Guid OrganisationId, string OrganisationName, UpdateState? State);
