using System.Globalization;
using KmIcs.Assurance.Domain.Indicators;

namespace KmIcs.Assurance.Reporting.Indicators;

/// <summary>Numbers as the indicator prints them: its decimals and unit ("63.0%", "1,234", "52.1 per 100,000").</summary>
public static class ValueFormat
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    public static string Number(Indicator indicator, decimal? value)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (value is null)
        {
            return "";
        }

        var number = value.Value.ToString("N" + indicator.Decimals.ToString(CultureInfo.InvariantCulture), Culture);
        return indicator.UnitLabel switch
        {
            null or "" => number,
            "%" => number + "%",
            var label => $"{number} {label}",
        };
    }
}
