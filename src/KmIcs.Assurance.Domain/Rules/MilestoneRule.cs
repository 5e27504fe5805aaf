using KmIcs.Assurance.Domain.Delivery;

namespace KmIcs.Assurance.Domain.Rules;

/// <summary>When a delivery milestone counts as overdue.</summary>
public static class MilestoneRule
{
    /// <summary>
    /// The last day the milestone is still on time: the due day itself, or the last day of the month when the
    /// source gives only a month ("due March 2024" is met by anything done in March).
    /// </summary>
    public static DateOnly DueBy(DateOnly dueDate, DuePrecision precision) => precision switch
    {
        DuePrecision.Day => dueDate,
        DuePrecision.Month => new DateOnly(dueDate.Year, dueDate.Month, 1).AddMonths(1).AddDays(-1),
    };

    /// <summary>
    /// Overdue once its due day (or due month) has passed and it is not complete. Unknown status counts as not
    /// complete: nobody has said it is done. A milestone without a date is never overdue.
    /// </summary>
    public static bool IsOverdue(Milestone milestone, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        return milestone.DueDate is { } due
            && milestone.Status != MilestoneStatus.Complete
            && today > DueBy(due, milestone.DuePrecision);
    }
}
