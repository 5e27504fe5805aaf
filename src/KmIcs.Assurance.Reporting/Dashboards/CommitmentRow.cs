using KmIcs.Assurance.Data.ProgressReporting;

namespace KmIcs.Assurance.Reporting.Dashboards;

/// <summary>A commitment in a list: its text, where it sits and who leads it.</summary>
public sealed record CommitmentRow(
    Guid Id,
    string Text,
    string OutcomeNumber,
    string OutcomeTitle,
    string PriorityTitle,
    IReadOnlyList<string> Plans,
    IReadOnlyList<OrganisationRef> LeadBodies,
    CurrentCommitmentStatus? Status);
