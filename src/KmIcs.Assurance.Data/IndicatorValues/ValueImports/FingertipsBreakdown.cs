using KmIcs.Assurance.Data.IndicatorValues.Files;
using KmIcs.Assurance.Domain.Indicators;

namespace KmIcs.Assurance.Data.IndicatorValues.ValueImports;

/// <summary>
/// Whether a Fingertips row is the indicator's headline figure: its sex is the indicator's ("Persons" unless set; a
/// sex of "Not applicable" counts as Persons), and its age band is the indicator's (or, when none is set, the file's
/// only band, else "All ages"). Anything else is a breakdown, never the headline.
/// </summary>
public static class FingertipsBreakdown
{
    public const string Persons = "Persons";

    public static string? WhyNotHeadline(Indicator indicator, ValueFileRecord record, FingertipsAges ages)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(ages);
        var sex = record[ValueField.Sex]?.Trim() ?? "";
        var ownSex = indicator.Sex ?? Persons;
        var sexMatches = string.Equals(sex, ownSex, StringComparison.OrdinalIgnoreCase)
            || (indicator.Sex is null && (sex.Length == 0 || string.Equals(sex, "Not applicable", StringComparison.OrdinalIgnoreCase)));
        if (!sexMatches)
        {
            return $"Sex is {sex}, not the indicator's {ownSex}";
        }

        var age = record[ValueField.Age]?.Trim() ?? "";
        var ownAge = indicator.Age ?? ages.DefaultFor(record[ValueField.IndicatorKey]?.Trim() ?? "");
        if (ownAge is null)
        {
            return $"Several age bands and none set for {indicator.Ref}: set its age band on the indicator's data page";
        }

        return string.Equals(age, ownAge, StringComparison.OrdinalIgnoreCase) ? null : $"Age band {age}, not the indicator's {ownAge}";
    }
}
