using KmIcs.Assurance.Domain.Organisations;
using KmIcs.Assurance.Domain.Tenancy;

namespace KmIcs.Assurance.Domain.Commitments;

/// <summary>An organisation leading one plan of one commitment. The pair (CommitmentPlanId, OrganisationId) is the key.</summary>
public class CommitmentPlanLeadBody : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid CommitmentPlanId { get; init; }

    public Guid OrganisationId { get; init; }

    /// <summary>Loaded only when a query includes it.</summary>
    public Organisation? Organisation { get; set; }
}
