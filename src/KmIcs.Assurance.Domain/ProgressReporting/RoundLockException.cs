using System.Diagnostics.CodeAnalysis;
using KmIcs.Assurance.Domain.Tenancy;

namespace KmIcs.Assurance.Domain.ProgressReporting;

/// <summary>
/// Lets one organisation keep writing updates in a round after it closed, until <see cref="Until"/> (inclusive):
/// a lead body that missed the date for a good reason is not shut out, while everyone else's updates stay frozen.
/// One per round and organisation (the pair is the key); granting again moves the date and replaces the reason, and
/// the audit log keeps the earlier grant.
/// </summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "'Lock exception' is what clerks call it (issue 5); it is a row, not a System.Exception.")]
public class RoundLockException : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid RoundId { get; init; }

    public Guid OrganisationId { get; init; }

    public Guid GrantedById { get; set; }

    public required string GrantedByName { get; set; }

    public DateTimeOffset GrantedAt { get; set; }

    /// <summary>Last day the organisation may write (inclusive).</summary>
    public DateOnly Until { get; set; }

    /// <summary>Why the exception was granted, for the committee and the audit trail.</summary>
    public required string Reason { get; set; }

    /// <summary>
    /// Optimistic concurrency token: the Data layer checks and increments it on every save, so an edit made from a
    /// stale copy is refused with a conflict message instead of silently overwriting someone else's change.
    /// </summary>
    public int Version { get; set; }
}
