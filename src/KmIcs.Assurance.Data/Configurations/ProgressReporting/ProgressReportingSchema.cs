namespace KmIcs.Assurance.Data.Configurations.ProgressReporting;

/// <summary>
/// Table names of reporting rounds, progress updates, status decisions and reminders, shared by the entity
/// configurations and the hand-written migration (20261201000001_ReportingRounds), so they cannot drift apart. Index
/// and key names are EF Core's defaults, except the two below, which would pass PostgreSQL's 63-character limit (EF
/// and PostgreSQL shorten an over-long name differently, so the migrated and the model's schema would disagree).
/// </summary>
public static class ProgressReportingSchema
{
    public const string ReportingRounds = "ReportingRounds";
    public const string RoundLockExceptions = "RoundLockExceptions";
    public const string CommitmentUpdates = "CommitmentUpdates";
    public const string CommitmentUpdateEvents = "CommitmentUpdateEvents";
    public const string CommitmentStatusDecisions = "CommitmentStatusDecisions";
    public const string CommitmentStatusDecisionSources = "CommitmentStatusDecisionSources";
    public const string ReminderEmails = "ReminderEmails";

    public const string UpdatePerRoundIndex = "IX_CommitmentUpdates_Commitment_Organisation_Round";
    public const string DecisionSourceDecisionForeignKey = "FK_CommitmentStatusDecisionSources_Decisions_DecisionId";
}
