using KmIcs.Assurance.Domain.Tenancy;

namespace KmIcs.Assurance.Domain.Delivery;

/// <summary>A shared delivery example of an outcome ("Family Hubs"), with its lead bodies and dated milestones.</summary>
public class DeliveryExample : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid OutcomeId { get; init; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public int DisplayOrder { get; set; }

    public List<DeliveryExampleLeadBody> LeadBodies { get; } = [];

    public List<Milestone> Milestones { get; } = [];

    /// <summary>
    /// Optimistic concurrency token: the Data layer checks and increments it on every save, so an edit made from a
    /// stale copy is refused with a conflict message instead of silently overwriting someone else's change.
    /// </summary>
    public int Version { get; set; }
}
