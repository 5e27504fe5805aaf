using KmIcs.Assurance.Data.ProgressReporting;
using KmIcs.Assurance.Domain.Commitments;
using KmIcs.Assurance.Domain.Delivery;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Strategies;
using KmIcs.Assurance.Reporting.Indicators;

namespace KmIcs.Assurance.Reporting.Dashboards;

/// <summary>Everything the outcome page shows, loaded once; organisations are looked up by id from <see cref="Organisations"/>.</summary>
public sealed record OutcomeDetail(
    Outcome Outcome,
    IReadOnlyList<AssessedIndicator> Indicators,
    IReadOnlyDictionary<Guid, string> Organisations,
    IReadOnlyList<PlacePriorityRow> PlacePriorities,
    IReadOnlyDictionary<Guid, CurrentCommitmentStatus> Statuses,
    DateOnly AsAt)
{
    /// <summary>The commitment's approved status, or null when none has been approved yet.</summary>
    public CurrentCommitmentStatus? StatusOf(Guid commitmentId) => Statuses.GetValueOrDefault(commitmentId);

    public IEnumerable<Commitment> Commitments => Outcome.Priorities.SelectMany(p => p.Commitments);

    public IEnumerable<Milestone> Milestones => Outcome.DeliveryExamples.SelectMany(d => d.Milestones);

    public IEnumerable<string> Statements(OutcomeStatementKind kind) =>
        Outcome.Statements.Where(s => s.Kind == kind).OrderBy(s => s.DisplayOrder).Select(s => s.Text);

    public string OrganisationName(Guid id) => Organisations.GetValueOrDefault(id, "Unknown organisation");
}

/// <summary>An indicator with its headline judgements.</summary>
public sealed record AssessedIndicator(Indicator Indicator, IndicatorAssessment Assessment);

/// <summary>A health and care partnership's or district's own priority that maps to the outcome.</summary>
public sealed record PlacePriorityRow(Guid PlaceId, string Place, string Priority);
