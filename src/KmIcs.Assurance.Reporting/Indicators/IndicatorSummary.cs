using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Ratings;
using KmIcs.Assurance.Reporting.Charts;
using KmIcs.Assurance.Reporting.Text;

namespace KmIcs.Assurance.Reporting.Indicators;

/// <summary>The chart's text alternative: one or two sentences a screen reader user or a pack reader can rely on.</summary>
public static class IndicatorSummary
{
    public static string Describe(Indicator indicator, IndicatorAssessment headline)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(headline);
        if (headline.Latest is not { } latest)
        {
            return $"There is no value yet for {headline.Geography}. {TargetSentence(indicator, headline)}".Trim();
        }

        var value = latest.Value is null ? "not available" : ValueFormat.Number(indicator, latest.Value);
        var provisional = latest.IsProvisional ? " (provisional)" : "";
        var direction = headline.Direction switch
        {
            DirectionOfTravel.NotComparable => "",
            _ when headline.PreviousPeriod is null => "",
            var d => $" It has {Judgements.Text(d).ToLowerInvariant()} since {headline.PreviousPeriod}.",
        };
        // What the chart draws (its areas, one kind of period), not every value held: comparators are left off it.
        var count = TrendChartModel.For(indicator, headline).Series.Sum(s => s.Points.Count);
        return $"The latest value for {headline.Geography} is {value}{provisional} in {latest.Period}.{direction} "
            + $"{TargetSentence(indicator, headline)} The chart shows {Plural.Count(count, "value")}.";
    }

    private static string TargetSentence(Indicator indicator, IndicatorAssessment headline) =>
        headline.Goal is { } goal
            ? $"Against the target of {ValueFormat.Number(indicator, goal)}{(headline.Target is { } t ? $" for {t.Period}" : "")} it is rated {Judgements.Text(headline.Rag)} ({Judgements.Explanation(headline.Rag).ToLowerInvariant()})."
            : "No target is agreed.";
}
