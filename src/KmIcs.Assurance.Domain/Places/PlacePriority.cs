using KmIcs.Assurance.Domain.Tenancy;

namespace KmIcs.Assurance.Domain.Places;

/// <summary>
/// A priority of a place (a health and care partnership or a district council), mapped to the shared outcomes it
/// serves, so the place lens can show local priorities beside the system's outcomes.
/// </summary>
public class PlacePriority : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    /// <summary>The HCP or district council whose priority this is.</summary>
    public Guid OrganisationId { get; init; }

    public required string Text { get; set; }

    public string? Source { get; set; }

    public int DisplayOrder { get; set; }

    public List<PlacePriorityOutcome> Outcomes { get; } = [];
}
