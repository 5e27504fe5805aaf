using KmIcs.Assurance.Domain.Tenancy;

namespace KmIcs.Assurance.Domain.Delivery;

/// <summary>A dated step of a delivery example ("Launch Family Hub programme", due 2024-03).</summary>
public class Milestone : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid DeliveryExampleId { get; init; }

    public required string Title { get; set; }

    /// <summary>
    /// When it is due, as precisely as the source says (see <see cref="DuePrecision"/>). With month precision the
    /// day is stored as the 1st and carries no meaning. Null when the source gives no date ("ongoing").
    /// </summary>
    public DateOnly? DueDate { get; set; }

    public DuePrecision DuePrecision { get; set; }

    public MilestoneStatus Status { get; set; }

    public int DisplayOrder { get; set; }

    /// <summary>
    /// Optimistic concurrency token: the Data layer checks and increments it on every save, so an edit made from a
    /// stale copy is refused with a conflict message instead of silently overwriting someone else's change.
    /// </summary>
    public int Version { get; set; }
}
