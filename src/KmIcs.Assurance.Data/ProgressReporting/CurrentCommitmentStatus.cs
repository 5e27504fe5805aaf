using KmIcs.Assurance.Domain.ProgressReporting;

namespace KmIcs.Assurance.Data.ProgressReporting;

/// <summary>A commitment's status as dashboards and packs show it: its latest decision, when it was made and in which round.</summary>
public sealed record CurrentCommitmentStatus(Guid CommitmentId, CommitmentStatus Status, DateTimeOffset DecidedAt, Guid? ReportingRoundId);
