using KmIcs.Assurance.Domain.ProgressReporting;

namespace KmIcs.Assurance.Reporting.Dashboards;

/// <summary>A commitment with where it sits in the strategy, its plans (each with its own lead bodies) and all lead bodies.</summary>
public sealed record CommitmentDetail(
    Guid Id,
    string Text,
    string? Source,
    string OutcomeNumber,
    string OutcomeTitle,
    string PriorityTitle,
    IReadOnlyList<PlanRow> Plans,
    IReadOnlyList<OrganisationRef> LeadBodies,
    IReadOnlyList<CommitmentStatusDecision> Decisions,
    IReadOnlyList<CommitmentUpdate> ApprovedUpdates)
{
    /// <summary>The latest decision: the commitment's current status; null before any update is approved.</summary>
    public CommitmentStatusDecision? Current => Decisions.Count == 0 ? null : Decisions[0];
}

public sealed record PlanRow(string Name, IReadOnlyList<OrganisationRef> LeadBodies);

public sealed record OrganisationRef(Guid Id, string Name);
