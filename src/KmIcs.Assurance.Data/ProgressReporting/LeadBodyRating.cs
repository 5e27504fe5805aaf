using KmIcs.Assurance.Domain.ProgressReporting;

namespace KmIcs.Assurance.Data.ProgressReporting;

/// <summary>One lead body's approved rating of a commitment, as the clerk sees it before setting the overall status.</summary>
public sealed record LeadBodyRating(Guid UpdateId, Guid OrganisationId, string OrganisationName, CommitmentStatus Status, DateTimeOffset? ApprovedAt);
