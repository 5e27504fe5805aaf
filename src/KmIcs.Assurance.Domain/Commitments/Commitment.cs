using KmIcs.Assurance.Domain.Tenancy;

namespace KmIcs.Assurance.Domain.Commitments;

/// <summary>
/// "What we have committed to" under a priority: the unit lead partners report on. Lead bodies are kept for the
/// commitment as a whole (who may update it) and per plan (who leads that plan for this commitment), because the
/// v1.8 plan pairs each plan with its own lead bodies.
/// </summary>
public class Commitment : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid PriorityId { get; init; }

    public required string Text { get; set; }

    public int DisplayOrder { get; set; }

    /// <summary>Where the text comes from, as a short citation ("002 SDP v1.8 p.14").</summary>
    public string? Source { get; set; }

    /// <summary>Every body that leads this commitment: the union of the plans' lead bodies plus any named only here.</summary>
    public List<CommitmentLeadBody> LeadBodies { get; } = [];

    /// <summary>The strategies and plans in place to deliver it, in printed order.</summary>
    public List<CommitmentPlan> Plans { get; } = [];

    /// <summary>
    /// Optimistic concurrency token: the Data layer checks and increments it on every save, so an edit made from a
    /// stale copy is refused with a conflict message instead of silently overwriting someone else's change.
    /// </summary>
    public int Version { get; set; }

    /// <summary>Whether the organisation leads this commitment, which is what lets its users update it.</summary>
    public bool IsLedBy(Guid organisationId) => LeadBodies.Exists(lead => lead.OrganisationId == organisationId);
}
