using KmIcs.Assurance.Data.IndicatorValues.Files;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Periods;

namespace KmIcs.Assurance.Data.IndicatorValues.ValueImports;

/// <summary>
/// Checks every record of a file with <see cref="ValueRules"/> (the entry form's rules) and works out what it would
/// change. A template row names its indicator by ref; a Fingertips row by indicator id, and only its headline figure is
/// taken: rows broken down by a category, or for a sex or age band other than the indicator's, are counted and
/// skipped, as are rows without a value (suppressed) and ids or areas that map to nothing here.
/// </summary>
public static class ImportAnalyser
{
    public const string FingertipsSource = "OHID Fingertips";

    public static ImportPlan Analyse(ValueFile file, ImportContext context)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(context);
        var plan = new ImportPlan { Rows = file.Records.Count };
        plan.Warnings.AddRange(file.Warnings);
        var ages = file.Format == ValueFileFormat.Fingertips ? FingertipsAges.Of(file) : null;
        var seen = new Dictionary<(Guid, string, string), int>();
        foreach (var record in file.Records)
        {
            var targets = file.Format == ValueFileFormat.Template
                ? TemplateTarget(file, record, context, plan)
                : FingertipsTargets(record, context, plan, ages!);
            foreach (var (indicator, candidate, sourceKey) in targets)
            {
                Check(file, record, context, plan, seen, indicator, candidate, sourceKey);
            }
        }

        return plan;
    }

    private static void Check(
        ValueFile file, ValueFileRecord record, ImportContext context, ImportPlan plan,
        Dictionary<(Guid, string, string), int> seen, Indicator indicator, ValueCandidate candidate, string? sourceKey)
    {
        var (figures, errors) = ValueRules.Check(indicator, context.KindsOf(indicator), candidate, context.Areas);
        foreach (var error in errors)
        {
            plan.Errors.Add(new RowProblem(record.Row, file.ColumnName(ColumnOf(file.Format, error.Field)), error.Message));
        }

        if (figures is null)
        {
            return;
        }

        var key = (indicator.Id, figures.Period.ToString(), figures.Area.ToUpperInvariant());
        if (seen.TryGetValue(key, out var firstRow))
        {
            plan.Errors.Add(new RowProblem(
                record.Row, file.ColumnName(ValueField.Period),
                $"{indicator.Ref} for {figures.Area} in {figures.Period} is already given in row {firstRow}"));
            return;
        }

        seen[key] = record.Row;
        var existing = context.Existing(indicator.Id, figures.Period, figures.Area);
        var change = existing is null ? ValueChange.New : figures.SameAs(existing) ? ValueChange.Unchanged : ValueChange.Revised;
        plan.Values.Add(new PlannedValue(
            record.Row, indicator, figures, existing, existing is null ? 0 : context.RevisionsOf(existing), change, sourceKey));
    }

    private static List<(Indicator, ValueCandidate, string?)> TemplateTarget(
        ValueFile file, ValueFileRecord record, ImportContext context, ImportPlan plan)
    {
        var reference = record[ValueField.IndicatorKey]?.Trim() ?? "";
        var column = file.ColumnName(ValueField.IndicatorKey);
        if (reference.Length == 0)
        {
            plan.Errors.Add(new RowProblem(record.Row, column, "Enter the indicator's ref, such as 1.1 or PH03"));
            return [];
        }

        if (!context.ByRef.TryGetValue(reference, out var indicators))
        {
            plan.Errors.Add(new RowProblem(record.Row, column, $"'{reference}' is not the ref of an indicator of this partnership"));
            return [];
        }

        if (indicators.Count > 1)
        {
            plan.Errors.Add(new RowProblem(record.Row, column, $"'{reference}' is the ref of {indicators.Count} indicators (one per indicator set), so the row cannot say which"));
            return [];
        }

        if (!TryProvisional(record[ValueField.Provisional], out var provisional))
        {
            plan.Errors.Add(new RowProblem(record.Row, file.ColumnName(ValueField.Provisional), "Provisional must be yes or no (or blank for no)"));
            return [];
        }

        return [(indicators[0], new ValueCandidate(
            record[ValueField.Period], record[ValueField.AreaCode], record[ValueField.Value], record[ValueField.LowerCi],
            record[ValueField.UpperCi], record[ValueField.Count], record[ValueField.Denominator], provisional,
            record[ValueField.Note], record[ValueField.Source]), null)];
    }

    private static List<(Indicator, ValueCandidate, string?)> FingertipsTargets(
        ValueFileRecord record, ImportContext context, ImportPlan plan, FingertipsAges ages)
    {
        var id = record[ValueField.IndicatorKey]?.Trim() ?? "";
        if (!context.ByFingertipsId.TryGetValue(id, out var indicators))
        {
            plan.UnmappedIndicators[id.Length == 0 ? "(blank)" : id] = plan.UnmappedIndicators.GetValueOrDefault(id.Length == 0 ? "(blank)" : id) + 1;
            return [];
        }

        var code = record[ValueField.AreaCode]?.Trim() ?? "";
        if (context.Areas.Find(code) is null)
        {
            var label = $"{code} {record[ValueField.AreaName]}".Trim();
            plan.UnmappedAreas[label] = plan.UnmappedAreas.GetValueOrDefault(label) + 1;
            return [];
        }

        if (record[ValueField.CategoryType] is { Length: > 0 } categoryType)
        {
            plan.Skip($"Broken down by {categoryType}");
            return [];
        }

        if (string.IsNullOrWhiteSpace(record[ValueField.Value]) || ValueNumbers.IsBlank(record[ValueField.Value]))
        {
            plan.Skip(record[ValueField.ValueNote] is { Length: > 0 } note ? $"No value: {note}" : "No value");
            return [];
        }

        var taken = new List<(Indicator, ValueCandidate, string?)>();
        foreach (var indicator in indicators)
        {
            var reason = FingertipsBreakdown.WhyNotHeadline(indicator, record, ages);
            if (reason is not null)
            {
                plan.Skip(reason);
                continue;
            }

            if (!FingertipsPeriod.TryParse(record[ValueField.Period], record[ValueField.TimePeriodRange], out var period, out var error))
            {
                plan.Errors.Add(new RowProblem(record.Row, "Time period", error));
                continue;
            }

            taken.Add((indicator, new ValueCandidate(
                AsKindOf(period, context.KindsOf(indicator)).ToString(), code, record[ValueField.Value], record[ValueField.LowerCi],
                record[ValueField.UpperCi], record[ValueField.Count], record[ValueField.Denominator], false,
                record[ValueField.ValueNote], FingertipsSource), record[ValueField.TimePeriodSortable]));
        }

        return taken;
    }

    /// <summary>Fingertips writes school years as "2021/22" like financial years; an academic-year indicator reads them as such.</summary>
    private static ReportingPeriod AsKindOf(ReportingPeriod period, IReadOnlyList<PeriodKind> kinds) =>
        period.Kind == PeriodKind.FinancialYear && !kinds.Contains(PeriodKind.FinancialYear) && kinds.Contains(PeriodKind.AcademicYear)
            ? ReportingPeriod.AcademicYear(period.Start.Year)
            : period;

    private static bool TryProvisional(string? text, out bool provisional)
    {
        provisional = false;
        switch (text?.Trim().ToUpperInvariant())
        {
            case null or "" or "NO" or "N" or "FALSE" or "0" or "FINAL":
                return true;
            case "YES" or "Y" or "TRUE" or "1" or "PROVISIONAL":
                provisional = true;
                return true;
            default:
                return false;
        }
    }

    private static ValueField ColumnOf(ValueFileFormat format, string field) => field switch
    {
        ValueFields.Period => ValueField.Period,
        ValueFields.Area => ValueField.AreaCode,
        ValueFields.LowerCi => ValueField.LowerCi,
        ValueFields.UpperCi => ValueField.UpperCi,
        ValueFields.Count => ValueField.Count,
        ValueFields.Denominator => ValueField.Denominator,
        ValueFields.Note => format == ValueFileFormat.Fingertips ? ValueField.ValueNote : ValueField.Note,
        ValueFields.Source => ValueField.Source,
        _ => ValueField.Value,
    };
}
