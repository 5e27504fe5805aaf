using KmIcs.Assurance.Domain.Organisations;
using KmIcs.Assurance.Domain.Tenancy;

namespace KmIcs.Assurance.Domain.Commitments;

/// <summary>An organisation leading a commitment. The pair (CommitmentId, OrganisationId) is the key.</summary>
public class CommitmentLeadBody : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid CommitmentId { get; init; }

    public Guid OrganisationId { get; init; }

    /// <summary>Loaded only when a query includes it.</summary>
    public Organisation? Organisation { get; set; }
}
