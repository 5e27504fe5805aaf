using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Periods;
using KmIcs.Assurance.Domain.Ratings;

namespace KmIcs.Assurance.Domain.Rules;

/// <summary>
/// Direction of travel between the two most recent values, as the KCC dashboard prints it ("relates to two most
/// recent time frames"): improved, worsened or remained the same, after polarity.
/// </summary>
/// <remarks>
/// Tolerance. A difference smaller than half of the last decimal place shown (0.5 for whole numbers, 0.05 for one
/// decimal) is NoChange: the reader sees two values that round alike and an arrow claiming a change would look
/// wrong. A difference of exactly half a place counts as a change, because the two values then display differently.
///
/// Which values. Only values of one area and one kind of period are compared (a quarter against the quarter before,
/// never against a financial year). The two latest periods are taken whether or not they have a number: if either
/// is missing ("nca") the result is NotComparable, so an old arrow is never shown as the current one.
/// </remarks>
public static class DirectionOfTravelRule
{
    /// <summary>The largest number of decimals a <see cref="decimal"/> tolerance can express.</summary>
    public const int MaxDecimals = 27;

    /// <summary>Compares exactly two values.</summary>
    public static DirectionOfTravel Assess(Polarity polarity, int decimals, decimal? previous, decimal? latest)
    {
        var tolerance = Tolerance(decimals);
        if (polarity == Polarity.NoJudgement || previous is null || latest is null)
        {
            return DirectionOfTravel.NotComparable;
        }

        var change = latest.Value - previous.Value;
        if (Math.Abs(change) < tolerance)
        {
            return DirectionOfTravel.NoChange;
        }

        var rose = change > 0;
        return polarity switch
        {
            Polarity.HigherIsBetter => rose ? DirectionOfTravel.Improved : DirectionOfTravel.Worsened,
            Polarity.LowerIsBetter => rose ? DirectionOfTravel.Worsened : DirectionOfTravel.Improved,
            Polarity.NoJudgement => DirectionOfTravel.NotComparable,
        };
    }

    /// <summary>Compares the two latest values of <paramref name="geography"/> whose period is of <paramref name="periodKind"/>.</summary>
    /// <exception cref="ArgumentException">Two values share a period and area; the Data layer keeps one.</exception>
    public static DirectionOfTravel Assess(
        Polarity polarity, int decimals, IEnumerable<IndicatorValue> values, string geography, PeriodKind periodKind)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(geography);

        var series = values
            .Where(v => v.Period.Kind == periodKind && string.Equals(v.Geography, geography, StringComparison.OrdinalIgnoreCase))
            .OrderBy(v => v.Period)
            .ToList();

        for (var i = 1; i < series.Count; i++)
        {
            if (series[i].Period == series[i - 1].Period)
            {
                throw new ArgumentException(
                    $"Two values for {geography} in {series[i].Period}: one value per period and area is expected.",
                    nameof(values));
            }
        }

        return series.Count < 2
            ? Assess(polarity, decimals, previous: null, latest: null)
            : Assess(polarity, decimals, series[^2].Value, series[^1].Value);
    }

    /// <summary>Uses the indicator's polarity, decimals and values.</summary>
    public static DirectionOfTravel Assess(Indicator indicator, string geography, PeriodKind periodKind)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return Assess(indicator.Polarity, indicator.Decimals, indicator.Values, geography, periodKind);
    }

    /// <summary>Half of the last decimal place shown: 5 × 10^-(decimals + 1).</summary>
    private static decimal Tolerance(int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, MaxDecimals);
        return new decimal(5, 0, 0, isNegative: false, scale: (byte)(decimals + 1));
    }
}
