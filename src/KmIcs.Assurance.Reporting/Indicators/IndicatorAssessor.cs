using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Ratings;
using KmIcs.Assurance.Domain.Rules;

namespace KmIcs.Assurance.Reporting.Indicators;

/// <summary>
/// Applies the domain rules to an indicator loaded with its values, targets and trajectory. The headline area is the
/// first geography the indicator lists (the logframe's "Kent and Medway", the KPI dashboard's "Kent"); other areas
/// are shown on the indicator's own page.
/// </summary>
public static class IndicatorAssessor
{
    public static string HeadlineGeography(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Geographies.OrderBy(g => g.DisplayOrder).Select(g => g.Name).FirstOrDefault()
            ?? indicator.Values.Select(v => v.Geography).FirstOrDefault()
            ?? indicator.BaselineGeography
            ?? "";
    }

    public static IndicatorAssessment Assess(Indicator indicator, DateOnly asAt) =>
        Assess(indicator, HeadlineGeography(indicator), asAt);

    /// <summary>
    /// Judges the latest value of <paramref name="geography"/> published by <paramref name="asAt"/>'s targets. The latest
    /// value is the one whose period ends last; between periods ending together (a quarter and the rolling year to
    /// it), the shorter one, because it is the figure the source reports as current.
    /// </summary>
    public static IndicatorAssessment Assess(Indicator indicator, string geography, DateOnly asAt)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(geography);
        var series = SeriesOf(indicator, geography);
        var latest = series
            .OrderByDescending(v => v.Period.End)
            .ThenBy(v => v.Period.End.DayNumber - v.Period.Start.DayNumber)
            .FirstOrDefault();
        if (latest is null)
        {
            var hasTarget = indicator.Polarity != Polarity.NoJudgement
                && indicator.Targets.Exists(t => t.Value is not null && t.EffectiveFrom <= asAt && SameArea(t.Geography, geography));
            return new IndicatorAssessment(
                geography, null, null, null, hasTarget ? Rag.NotAvailable : Rag.NoTarget,
                DirectionOfTravel.NotComparable, null, BenchmarkComparison.NotCompared, null, indicator.BenchmarkArea);
        }

        var target = TargetSelectionRule.SelectTarget(indicator.Targets, geography, latest.Period, asAt);
        var trajectory = TargetSelectionRule.SelectTrajectoryPoint(indicator.Trajectory, geography, latest.Period);
        var rag = IndicatorRagRule.Rate(indicator.Polarity, latest.Value, target?.Value, target?.Floor, trajectory?.Value);
        var sameKind = series.Where(v => v.Period.Kind == latest.Period.Kind).ToList();
        var direction = DirectionOfTravelRule.Assess(indicator.Polarity, indicator.Decimals, sameKind, geography, latest.Period.Kind);
        var previous = sameKind.Where(v => v.Period < latest.Period).OrderByDescending(v => v.Period).FirstOrDefault();
        var benchmarkValue = indicator.Values.FirstOrDefault(v => v.Period == latest.Period && SameArea(v.Geography, indicator.BenchmarkArea));
        var benchmark = BenchmarkComparisonRule.Compare(indicator.Polarity, latest.Value, latest.LowerCi, latest.UpperCi, benchmarkValue?.Value);
        return new IndicatorAssessment(
            geography, latest, target, trajectory?.Value, rag, direction, previous?.Period, benchmark, benchmarkValue, indicator.BenchmarkArea);
    }

    private static List<IndicatorValue> SeriesOf(Indicator indicator, string geography) =>
        indicator.Values.Where(v => SameArea(v.Geography, geography)).ToList();

    private static bool SameArea(string left, string right) => string.Equals(left, right, StringComparison.OrdinalIgnoreCase);
}
