namespace KmIcs.Assurance.Domain.ProgressReporting;

/// <summary>
/// Where a lead body's update is in its review. Only <see cref="Approved"/> updates count towards a commitment's
/// status on dashboards and in packs; the others are work in progress that the ICP must not read as fact.
/// </summary>
public enum UpdateState
{
    /// <summary>Being written by the lead body; only its lead partners and the clerks see it.</summary>
    Draft,

    /// <summary>Sent for review; the lead body can no longer change it unless the clerk returns it.</summary>
    Submitted,

    /// <summary>Sent back by a reviewer with a comment; editable again and submitted again.</summary>
    Returned,

    /// <summary>Accepted by a reviewer; final for its round.</summary>
    Approved,
}
