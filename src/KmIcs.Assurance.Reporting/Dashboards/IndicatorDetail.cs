using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Reporting.Indicators;

namespace KmIcs.Assurance.Reporting.Dashboards;

/// <summary>An indicator with its judgements for every area it reports, the outcome it evidences, and its revised values' histories.</summary>
public sealed record IndicatorDetail(
    Indicator Indicator,
    string? OutcomeNumber,
    string? OutcomeTitle,
    IReadOnlyList<IndicatorAssessment> Areas,
    DateOnly AsAt,
    IReadOnlyDictionary<Guid, IReadOnlyList<IndicatorValueRevision>> Revisions)
{
    /// <summary>The revisions of a value that has been corrected, oldest first; empty for a value never revised.</summary>
    public IReadOnlyList<IndicatorValueRevision> RevisionsOf(IndicatorValue value) =>
        Revisions.TryGetValue(value.Id, out var revisions) ? revisions : [];

    public IndicatorAssessment Headline => Areas[0];

    /// <summary>Values newest first, as the values table shows them.</summary>
    public IEnumerable<IndicatorValue> ValuesNewestFirst =>
        Indicator.Values.OrderByDescending(v => v.Period).ThenBy(v => v.Geography, StringComparer.Ordinal);
}
