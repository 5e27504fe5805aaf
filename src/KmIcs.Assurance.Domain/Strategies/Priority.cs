using KmIcs.Assurance.Domain.Commitments;
using KmIcs.Assurance.Domain.Tenancy;

namespace KmIcs.Assurance.Domain.Strategies;

/// <summary>A "Together we will ..." priority of an outcome, holding the commitments made under it.</summary>
public class Priority : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid OutcomeId { get; init; }

    public required string Title { get; set; }

    public string? Narrative { get; set; }

    public int DisplayOrder { get; set; }

    public List<Commitment> Commitments { get; } = [];

    /// <summary>
    /// Optimistic concurrency token: the Data layer checks and increments it on every save, so an edit made from a
    /// stale copy is refused with a conflict message instead of silently overwriting someone else's change.
    /// </summary>
    public int Version { get; set; }
}
