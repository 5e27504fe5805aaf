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
    IReadOnlyList<OrganisationRef> LeadBodies);

public sealed record PlanRow(string Name, IReadOnlyList<OrganisationRef> LeadBodies);

public sealed record OrganisationRef(Guid Id, string Name);
