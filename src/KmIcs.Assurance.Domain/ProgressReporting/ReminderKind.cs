namespace KmIcs.Assurance.Domain.ProgressReporting;

/// <summary>Why a reminder goes out: each person gets at most one of each kind per round.</summary>
public enum ReminderKind
{
    /// <summary>The round has opened and the person's organisation has updates to give.</summary>
    RoundOpened,

    /// <summary>The round closes within <see cref="ReportingRound.ClosingSoonDays"/> days and updates are still outstanding.</summary>
    ClosingSoon,
}
