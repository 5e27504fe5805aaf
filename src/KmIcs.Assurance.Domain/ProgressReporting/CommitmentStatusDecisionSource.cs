using KmIcs.Assurance.Domain.Tenancy;

namespace KmIcs.Assurance.Domain.ProgressReporting;

/// <summary>
/// An approved update a status decision rests on. A join row rather than one update id on the decision, because a
/// commitment with several lead bodies rests on several updates. The pair (DecisionId, UpdateId) is the key.
/// </summary>
public class CommitmentStatusDecisionSource : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid DecisionId { get; init; }

    public Guid UpdateId { get; init; }
}
