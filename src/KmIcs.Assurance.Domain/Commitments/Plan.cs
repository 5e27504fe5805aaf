using KmIcs.Assurance.Domain.Tenancy;

namespace KmIcs.Assurance.Domain.Commitments;

/// <summary>
/// A named strategy or plan in place to deliver commitments ("Family Hub Programme – Medway &amp; KCC").
/// One row shared by every commitment that names it, so renaming it once renames it everywhere.
/// </summary>
public class Plan : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public required string Name { get; set; }

    /// <summary>
    /// Optimistic concurrency token: the Data layer checks and increments it on every save, so an edit made from a
    /// stale copy is refused with a conflict message instead of silently overwriting someone else's change.
    /// </summary>
    public int Version { get; set; }
}
