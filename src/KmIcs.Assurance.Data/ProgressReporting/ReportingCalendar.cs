namespace KmIcs.Assurance.Data.ProgressReporting;

/// <summary>
/// "Today" for reporting rounds. Rounds open and close on calendar dates that the partnership reads in its own time
/// zone, so the date comes from the clock's local time (the server runs in UK time), not from UTC: at 00:30 BST on
/// 1 April a round closing on 31 March is already closed.
/// </summary>
public static class ReportingCalendar
{
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
    }
}
