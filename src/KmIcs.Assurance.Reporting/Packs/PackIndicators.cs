using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Reporting.Charts;
using KmIcs.Assurance.Reporting.Indicators;

namespace KmIcs.Assurance.Reporting.Packs;

/// <summary>
/// Judges an indicator with the dashboards' rules (<see cref="IndicatorAssessor"/>) at the pack's as-at date and
/// formats it as the indicator page does, so a pack and the page agree on every figure and colour.
/// </summary>
internal static class PackIndicators
{
    public static PackIndicator Describe(Indicator indicator, DateOnly asAt, bool everyArea)
    {
        var headline = IndicatorAssessor.Assess(indicator, asAt);
        var areas = everyArea ? AreasOf(indicator, headline, asAt) : [];
        return new PackIndicator(
            indicator.Ref,
            indicator.Statement,
            indicator.IndicatorSet,
            indicator.Status,
            indicator.MeansOfVerification,
            indicator.DataSource,
            headline.Geography,
            Figure(indicator, headline.Latest),
            headline.Latest?.Period.ToString(),
            headline.IsProvisional,
            headline.Goal is { } goal ? ValueFormat.Number(indicator, goal) : null,
            headline.Target?.Period.ToString(),
            indicator.BaselineValue is { } baseline ? $"{ValueFormat.Number(indicator, baseline)}{(indicator.BaselinePeriod is { } p ? $" ({p})" : "")}" : null,
            headline.Rag,
            headline.Direction,
            headline.Benchmark,
            headline.BenchmarkArea,
            Figure(indicator, headline.BenchmarkValue),
            IndicatorSummary.Describe(indicator, headline),
            Chart(indicator, headline, $"Trend of indicator {indicator.Ref}"),
            areas,
            indicator.Values
                .OrderByDescending(v => v.Period)
                .ThenBy(v => v.Geography, StringComparer.Ordinal)
                .Select(v => new PackValue(
                    v.Period.ToString(),
                    v.Geography,
                    v.Value is null ? "Not available" : ValueFormat.Number(indicator, v.Value),
                    v.LowerCi is { } low && v.UpperCi is { } high ? $"{ValueFormat.Number(indicator, low)} to {ValueFormat.Number(indicator, high)}" : null,
                    v.IsProvisional,
                    v.Note))
                .ToList());
    }

    private static List<PackArea> AreasOf(Indicator indicator, IndicatorAssessment headline, DateOnly asAt)
    {
        var names = indicator.Geographies.OrderBy(g => g.DisplayOrder).Select(g => g.Name)
            .Concat(indicator.Values.Select(v => v.Geography))
            .Prepend(headline.Geography)
            .Where(g => g.Length > 0 && !string.Equals(g, indicator.BenchmarkArea, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return names.Select(name =>
        {
            var assessment = IndicatorAssessor.Assess(indicator, name, asAt);
            var own = Only(indicator, name);
            return new PackArea(
                name,
                Figure(indicator, assessment.Latest),
                assessment.Latest?.Period.ToString(),
                assessment.IsProvisional,
                assessment.Goal is { } goal ? ValueFormat.Number(indicator, goal) : null,
                assessment.Rag,
                assessment.Direction,
                assessment.Benchmark,
                Figure(indicator, assessment.BenchmarkValue),
                Chart(own, assessment, $"Trend of indicator {indicator.Ref} in {name}"));
        }).ToList();
    }

    /// <summary>A copy of the indicator holding one area and its benchmark, so the shared chart draws that area alone.</summary>
    private static Indicator Only(Indicator indicator, string area)
    {
        var copy = new Indicator
        {
            Ref = indicator.Ref,
            Statement = indicator.Statement,
            Polarity = indicator.Polarity,
            Unit = indicator.Unit,
            UnitLabel = indicator.UnitLabel,
            Decimals = indicator.Decimals,
            BenchmarkArea = indicator.BenchmarkArea,
        };
        copy.Geographies.Add(new IndicatorGeography { Name = area });
        copy.Values.AddRange(indicator.Values.Where(v =>
            string.Equals(v.Geography, area, StringComparison.OrdinalIgnoreCase)
            || string.Equals(v.Geography, indicator.BenchmarkArea, StringComparison.OrdinalIgnoreCase)));
        copy.Targets.AddRange(indicator.Targets);
        copy.Trajectory.AddRange(indicator.Trajectory);
        return copy;
    }

    private static PackChart? Chart(Indicator indicator, IndicatorAssessment assessment, string title)
    {
        var model = TrendChartModel.For(indicator, assessment);
        return model.IsEmpty
            ? null
            : new PackChart(
                model,
                title,
                IndicatorSummary.Describe(indicator, assessment),
                assessment.Goal is { } goal ? ValueFormat.Number(indicator, goal) : null,
                assessment.Target?.Floor is { } floor ? ValueFormat.Number(indicator, floor) : null);
    }

    private static string? Figure(Indicator indicator, IndicatorValue? value) =>
        value is null ? null : value.Value is null ? "Not available" : ValueFormat.Number(indicator, value.Value);
}
