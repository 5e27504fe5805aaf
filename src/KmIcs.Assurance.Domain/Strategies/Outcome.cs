using KmIcs.Assurance.Domain.Delivery;
using KmIcs.Assurance.Domain.Tenancy;

namespace KmIcs.Assurance.Domain.Strategies;

/// <summary>A shared outcome or an enabler of a strategy edition, with what people said and the priorities under it.</summary>
public class Outcome : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid StrategyId { get; init; }

    /// <summary>As printed: "1".."6" for shared outcomes, "E1".."E3" for enablers. Text, because of the "E".</summary>
    public required string Number { get; set; }

    public OutcomeKind Kind { get; set; }

    public required string Title { get; set; }

    public string? Narrative { get; set; }

    /// <summary>"What we heard", "I" statements and the outcome page's strategy indicators, each in printed order.</summary>
    public List<OutcomeStatement> Statements { get; } = [];

    public List<Priority> Priorities { get; } = [];

    public List<DeliveryExample> DeliveryExamples { get; } = [];

    public int DisplayOrder { get; set; }

    /// <summary>
    /// Optimistic concurrency token: the Data layer checks and increments it on every save, so an edit made from a
    /// stale copy is refused with a conflict message instead of silently overwriting someone else's change.
    /// </summary>
    public int Version { get; set; }
}
