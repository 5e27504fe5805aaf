using KmIcs.Assurance.Domain.Tenancy;

namespace KmIcs.Assurance.Domain.Strategies;

/// <summary>
/// One edition of the Integrated Care Strategy's delivery plan ("Shared Delivery Plan 2024-26 draft v1.8").
/// The plan is refreshed every couple of years, so a tenant keeps several editions and marks one as current;
/// older editions stay for packs that were produced from them.
/// </summary>
public class Strategy : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public required string Title { get; set; }

    /// <summary>
    /// The edition as the document names it (the seed's <c>version</c> text). Called DocumentVersion because
    /// <see cref="Version"/> is the concurrency token every editable row carries.
    /// </summary>
    public required string DocumentVersion { get; set; }

    /// <summary>First year the plan covers (2024 for "2024-26").</summary>
    public int PeriodStart { get; set; }

    /// <summary>Last year the plan covers (2026 for "2024-26").</summary>
    public int PeriodEnd { get; set; }

    public string? Vision { get; set; }

    /// <summary>The edition dashboards show; only one per tenant should be current (enforced by the Data layer).</summary>
    public bool IsCurrent { get; set; }

    public List<Outcome> Outcomes { get; } = [];

    /// <summary>
    /// Optimistic concurrency token: the Data layer checks and increments it on every save, so an edit made from a
    /// stale copy is refused with a conflict message instead of silently overwriting someone else's change.
    /// </summary>
    public int Version { get; set; }
}
