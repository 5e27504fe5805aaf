using KmIcs.Assurance.Domain.Tenancy;

namespace KmIcs.Assurance.Domain.Indicators;

/// <summary>The indicator's id in another system (Fingertips "90631"), used to fetch its published values.</summary>
public class IndicatorExternalId : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid IndicatorId { get; init; }

    /// <summary>The system the id belongs to ("Fingertips").</summary>
    public required string System { get; set; }

    /// <summary>Text, because not every system's ids are numbers.</summary>
    public required string Value { get; set; }
}
