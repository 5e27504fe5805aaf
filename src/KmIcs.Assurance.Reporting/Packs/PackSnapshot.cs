using KmIcs.Assurance.Domain.Conflicts;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.ProgressReporting;
using KmIcs.Assurance.Domain.Strategies;

namespace KmIcs.Assurance.Reporting.Packs;

/// <summary>
/// The rows a pack is made from, read in one transaction and already cut back to what existed at the end of the as-at
/// day: values carry the figures of their last revision by then, and later decisions, updates and revisions are left out.
/// </summary>
internal sealed record PackSnapshot(
    string Partnership,
    Strategy Strategy,
    IReadOnlyList<Outcome> Outcomes,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyDictionary<Guid, string> Organisations,
    IReadOnlyDictionary<Guid, IReadOnlyList<CommitmentStatusDecision>> Decisions,
    IReadOnlyList<CommitmentUpdate> Updates,
    ReportingRound? LatestRound,
    IReadOnlyList<IndicatorValueRevision> Revisions,
    IReadOnlyList<SeedConflict> Conflicts,
    DateTimeOffset TakenAt);
