namespace KmIcs.Assurance.Reporting.Dashboards;

/// <summary>The system overview: the current strategy edition and one card per outcome and enabler, in printed order.</summary>
public sealed record StrategyOverview(string Title, string DocumentVersion, string? Vision, DateOnly AsAt, IReadOnlyList<OutcomeCard> Outcomes);
