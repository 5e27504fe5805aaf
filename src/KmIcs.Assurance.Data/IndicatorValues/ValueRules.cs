using System.Globalization;
using KmIcs.Assurance.Data.Configurations;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Periods;

namespace KmIcs.Assurance.Data.IndicatorValues;

/// <summary>
/// The one set of checks every value passes, typed on the entry form or read from a file: the period is of a kind the
/// indicator reports, the area is known, the value is a number in range for the unit (0 to 100 for a percentage), the
/// confidence interval contains it, and a count is no more than its denominator for a proportion. One message per field.
/// </summary>
public static class ValueRules
{
    /// <summary>
    /// The kinds of period an indicator's values may have: the one its metadata sets, else those its series and
    /// baseline already use, else any (a new indicator's first value sets the pattern).
    /// </summary>
    public static IReadOnlyList<PeriodKind> AllowedKinds(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (indicator.PeriodKind is { } kind)
        {
            return [kind];
        }

        var used = indicator.Values.Select(v => v.Period.Kind)
            .Concat(indicator.BaselinePeriod is { } baseline ? [baseline.Kind] : [])
            .Distinct()
            .Order()
            .ToList();
        return used.Count > 0 ? used : Enum.GetValues<PeriodKind>();
    }

    /// <summary>Checks a candidate; returns the figures, or the errors keyed by <see cref="ValueFields"/>.</summary>
    public static (ValueFigures? Figures, IReadOnlyList<FieldError> Errors) Check(
        Indicator indicator, IReadOnlyList<PeriodKind> kinds, ValueCandidate candidate, AreaDirectory areas)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(areas);
        var errors = new List<FieldError>();
        var period = CheckPeriod(candidate.Period, kinds, errors);
        var area = CheckArea(candidate.Area, areas, errors);
        var value = Number(candidate.Value, ValueFields.Value, "Value", errors);
        // A source sometimes has no number ("nca", suppressed): that is recorded only with a note saying why.
        if (value is null && string.IsNullOrWhiteSpace(candidate.Note) && !errors.Exists(e => e.Field == ValueFields.Value))
        {
            errors.Add(new FieldError(ValueFields.Value, "Enter the value, or a note saying why there is none"));
        }

        var lower = Number(candidate.LowerCi, ValueFields.LowerCi, "Lower confidence limit", errors);
        var upper = Number(candidate.UpperCi, ValueFields.UpperCi, "Upper confidence limit", errors);
        var count = Number(candidate.Count, ValueFields.Count, "Count", errors);
        var denominator = Number(candidate.Denominator, ValueFields.Denominator, "Denominator", errors);
        CheckRange(indicator, value, errors);
        CheckInterval(value, lower, upper, errors);
        CheckCount(indicator, count, denominator, errors);
        var note = Text(candidate.Note, ValueFields.Note, "Note", SchemaLimits.Comment, errors);
        var source = Text(candidate.Source, ValueFields.Source, "Source", SchemaLimits.Source, errors);
        if (errors.Count > 0 || period is null || area is null)
        {
            return (null, errors);
        }

        return (new ValueFigures(period, area, value, lower, upper, count, denominator, candidate.IsProvisional, note, source), errors);
    }

    /// <summary>The label a kind's periods are written with, for messages and hints.</summary>
    public static string Example(PeriodKind kind) => kind switch
    {
        PeriodKind.FinancialYear => "2023/24",
        PeriodKind.Quarter => "Q3 2023/24",
        PeriodKind.CalendarYear => "2023",
        PeriodKind.AcademicYear => "AY 2023/24",
        PeriodKind.Rolling12Months => "R12 to 2024-03",
        PeriodKind.MultiYear => "2021-23",
    };

    public static string Describe(PeriodKind kind) => kind switch
    {
        PeriodKind.FinancialYear => "financial year",
        PeriodKind.Quarter => "quarter",
        PeriodKind.CalendarYear => "calendar year",
        PeriodKind.AcademicYear => "academic year",
        PeriodKind.Rolling12Months => "rolling 12 months",
        PeriodKind.MultiYear => "pooled years",
    };

    private static ReportingPeriod? CheckPeriod(string? text, IReadOnlyList<PeriodKind> kinds, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new FieldError(ValueFields.Period, "Enter the period, for example " + Example(kinds[0])));
            return null;
        }

        if (!ReportingPeriod.TryParse(text, out var period))
        {
            errors.Add(new FieldError(ValueFields.Period, $"Enter the period in a form such as {string.Join(" or ", kinds.Select(Example))}"));
            return null;
        }

        if (!kinds.Contains(period.Kind))
        {
            errors.Add(new FieldError(
                ValueFields.Period,
                $"This indicator is reported by {string.Join(" or ", kinds.Select(Describe))}: enter a period such as {string.Join(" or ", kinds.Select(Example))}"));
            return null;
        }

        return period;
    }

    private static string? CheckArea(string? text, AreaDirectory areas, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new FieldError(ValueFields.Area, "Select the area"));
            return null;
        }

        if (areas.Find(text) is not { } area)
        {
            errors.Add(new FieldError(ValueFields.Area, $"'{text.Trim()}' is not an area the portal knows: use an ONS code such as E10000016 or a name from the list"));
            return null;
        }

        return area.Name;
    }

    private static decimal? Number(string? text, string field, string label, List<FieldError> errors)
    {
        if (ValueNumbers.TryRead(text, out var number))
        {
            return number;
        }

        errors.Add(new FieldError(field, $"{label} must be a number, like 12.5 ('{Shorten(text)}' is not)"));
        return null;
    }

    private static void CheckRange(Indicator indicator, decimal? value, List<FieldError> errors)
    {
        if (value is not { } v || errors.Exists(e => e.Field == ValueFields.Value))
        {
            return;
        }

        if (indicator.Unit == IndicatorUnit.Percent && v is < 0 or > 100)
        {
            errors.Add(new FieldError(ValueFields.Value, "Value must be a percentage between 0 and 100"));
        }
        else if (indicator.Unit is IndicatorUnit.Count or IndicatorUnit.Rate or IndicatorUnit.Years && v < 0)
        {
            errors.Add(new FieldError(ValueFields.Value, $"Value must be 0 or more for a {indicator.Unit.ToString().ToLowerInvariant()}"));
        }
    }

    private static void CheckInterval(decimal? value, decimal? lower, decimal? upper, List<FieldError> errors)
    {
        if (errors.Exists(e => e.Field is ValueFields.LowerCi or ValueFields.UpperCi))
        {
            return;
        }

        if (lower is null != upper is null)
        {
            errors.Add(lower is null
                ? new FieldError(ValueFields.LowerCi, "Enter the lower confidence limit as well as the upper one, or neither")
                : new FieldError(ValueFields.UpperCi, "Enter the upper confidence limit as well as the lower one, or neither"));
        }
        else if (lower is { } l && upper is { } u)
        {
            if (l > u)
            {
                errors.Add(new FieldError(ValueFields.LowerCi, "Lower confidence limit must not be above the upper limit"));
            }
            else if (value is { } v && (v < l || v > u))
            {
                errors.Add(new FieldError(ValueFields.LowerCi, string.Create(
                    CultureInfo.InvariantCulture, $"The confidence interval {l} to {u} must contain the value {v}")));
            }
        }
    }

    private static void CheckCount(Indicator indicator, decimal? count, decimal? denominator, List<FieldError> errors)
    {
        if (errors.Exists(e => e.Field is ValueFields.Count or ValueFields.Denominator))
        {
            return;
        }

        if (count < 0)
        {
            errors.Add(new FieldError(ValueFields.Count, "Count must be 0 or more"));
        }

        if (denominator <= 0)
        {
            errors.Add(new FieldError(ValueFields.Denominator, "Denominator must be more than 0"));
        }
        else if (indicator.Unit == IndicatorUnit.Percent && count is { } c && denominator is { } d && c > d)
        {
            errors.Add(new FieldError(ValueFields.Count, "Count must not be more than the denominator for a percentage"));
        }
    }

    private static string? Text(string? text, string field, string label, int limit, List<FieldError> errors)
    {
        var trimmed = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (trimmed?.Length > limit)
        {
            errors.Add(new FieldError(field, $"{label} must be {limit} characters or fewer"));
        }

        return trimmed;
    }

    private static string Shorten(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        return trimmed.Length <= 40 ? trimmed : trimmed[..40] + "…";
    }
}
