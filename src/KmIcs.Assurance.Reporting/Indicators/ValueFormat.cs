using System.Globalization;
using KmIcs.Assurance.Domain.Indicators;

namespace KmIcs.Assurance.Reporting.Indicators;

/// <summary>Numbers as the indicator prints them: its decimals and unit ("63.0%", "1,234", "52.1 per 100,000").</summary>
public static class ValueFormat
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    public static string Number(Indicator indicator, decimal? value) => Number(indicator, value, indicator?.Decimals ?? 0);

    /// <summary>
    /// With every decimal the figure has, and at least the indicator's: a value's history must tell 65.8 from 66.2 even
    /// where the indicator shows whole numbers.
    /// </summary>
    public static string Exact(Indicator indicator, decimal? value) =>
        value is null ? "" : Number(indicator, value, Math.Max(indicator?.Decimals ?? 0, Normalised(value.Value).Scale));

    /// <summary>Division by 1 with trailing zeros drops the zeros from the scale (65.80 becomes 65.8).</summary>
    private static decimal Normalised(decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>With a chosen number of decimals (chart axes need more than the indicator shows when the steps are small).</summary>
    public static string Number(Indicator indicator, decimal? value, int decimals)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (value is null)
        {
            return "";
        }

        var number = value.Value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture);
        return indicator.UnitLabel switch
        {
            null or "" => number,
            "%" => number + "%",
            var label => $"{number} {label}",
        };
    }
}
