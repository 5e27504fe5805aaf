using KmIcs.Assurance.Domain.Tenancy;

namespace KmIcs.Assurance.Domain.Indicators;

/// <summary>
/// An area the indicator is reported for ("Kent", "Medway", "Kent and Medway"). Rows rather than a delimited
/// string so "which indicators have Medway data" is a plain query.
/// </summary>
public class IndicatorGeography : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid IndicatorId { get; init; }

    public required string Name { get; set; }

    public int DisplayOrder { get; set; }
}
