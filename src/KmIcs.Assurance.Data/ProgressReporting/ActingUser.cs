namespace KmIcs.Assurance.Data.ProgressReporting;

/// <summary>
/// The signed-in person a progress-reporting service acts for: their account id, checked against their membership of
/// the current tenant on every write, and the name recorded on the rows they write (authors, reviewers, clerks).
/// The name is copied rather than joined so an update still says who wrote it after the account is renamed or removed.
/// </summary>
public sealed record ActingUser(Guid UserId, string Name);
