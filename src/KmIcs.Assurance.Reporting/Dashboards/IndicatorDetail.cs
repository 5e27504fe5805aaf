using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Reporting.Indicators;

namespace KmIcs.Assurance.Reporting.Dashboards;

/// <summary>An indicator with its judgements for every area it reports, and the outcome it evidences.</summary>
public sealed record IndicatorDetail(
    Indicator Indicator,
    string? OutcomeNumber,
    string? OutcomeTitle,
    IReadOnlyList<IndicatorAssessment> Areas,
    DateOnly AsAt)
{
    public IndicatorAssessment Headline => Areas[0];

    /// <summary>Values newest first, as the values table shows them.</summary>
    public IEnumerable<IndicatorValue> ValuesNewestFirst =>
        Indicator.Values.OrderByDescending(v => v.Period).ThenBy(v => v.Geography, StringComparer.Ordinal);
}
