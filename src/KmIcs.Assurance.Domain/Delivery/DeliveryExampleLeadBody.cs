using KmIcs.Assurance.Domain.Organisations;
using KmIcs.Assurance.Domain.Tenancy;

namespace KmIcs.Assurance.Domain.Delivery;

/// <summary>An organisation leading a delivery example. The pair (DeliveryExampleId, OrganisationId) is the key.</summary>
public class DeliveryExampleLeadBody : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid DeliveryExampleId { get; init; }

    public Guid OrganisationId { get; init; }

    /// <summary>Loaded only when a query includes it.</summary>
    public Organisation? Organisation { get; set; }
}
