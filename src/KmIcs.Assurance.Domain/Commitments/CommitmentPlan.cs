using KmIcs.Assurance.Domain.Tenancy;

namespace KmIcs.Assurance.Domain.Commitments;

/// <summary>
/// A plan as it appears under one commitment. It has its own id because it has children: the lead bodies of that
/// plan for that commitment, which differ between commitments sharing the plan.
/// </summary>
public class CommitmentPlan : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid CommitmentId { get; init; }

    public Guid PlanId { get; init; }

    /// <summary>Loaded only when a query includes it.</summary>
    public Plan? Plan { get; set; }

    public int DisplayOrder { get; set; }

    public List<CommitmentPlanLeadBody> LeadBodies { get; } = [];
}
