using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Periods;

namespace KmIcs.Assurance.Data.IndicatorValues;

/// <summary>One indicator on the data overview: what data it has, and whether newer data should have arrived by now.</summary>
public sealed record DataOverviewRow(
    Guid IndicatorId,
    string Ref,
    IndicatorSet Set,
    string? OutcomeNumber,
    string Statement,
    IndicatorStatus Status,
    IReadOnlyList<AreaLatest> LatestByArea,
    int ProvisionalCount,
    DataFrequency? Frequency,
    int? PublicationLagMonths,
    DateOnly? NextExpected,
    bool IsStale)
{
    public ReportingPeriod? Latest => LatestByArea.Select(a => a.Period).Max();
}

/// <summary>The latest period an area has a value for.</summary>
public sealed record AreaLatest(string Area, ReportingPeriod Period);
