namespace KmIcs.Assurance.Domain.ProgressReporting;

/// <summary>
/// Whether a round takes updates from one organisation on one day, so a form can say plainly why it is open or not.
/// </summary>
public enum RoundPhase
{
    /// <summary>Before the round's opening date: nothing can be written yet.</summary>
    NotYetOpen,

    /// <summary>Between the opening and closing dates, both included.</summary>
    Open,

    /// <summary>After the closing date, but the organisation holds a lock exception that has not run out.</summary>
    OpenByException,

    /// <summary>After the closing date: the lead body's updates are frozen for the committee.</summary>
    Locked,
}
