namespace KmIcs.Assurance.Domain.ProgressReporting;

/// <summary>The steps of a review that <see cref="CommitmentUpdateEvent"/> keeps, one row each.</summary>
public enum UpdateEventKind
{
    Submitted,
    Returned,
    Approved,
}
