using KmIcs.Assurance.Domain.Tenancy;

namespace KmIcs.Assurance.Domain.Places;

/// <summary>
/// A shared outcome a place priority maps to (the documents' "SO 1, SO 3"). The pair (PlacePriorityId, OutcomeId)
/// is the key; the seed's outcome numbers are resolved to ids on import.
/// </summary>
public class PlacePriorityOutcome : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid PlacePriorityId { get; init; }

    public Guid OutcomeId { get; init; }
}
