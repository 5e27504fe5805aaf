using KmIcs.Assurance.Domain.Indicators;

namespace KmIcs.Assurance.Data.IndicatorValues.ValueImports;

/// <summary>The result of checking a file against the tenant's indicators, areas and current values.</summary>
public sealed class ImportPlan
{
    public List<PlannedValue> Values { get; } = [];

    public List<RowProblem> Errors { get; } = [];

    public List<string> Warnings { get; } = [];

    public Dictionary<string, int> Skipped { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> UnmappedIndicators { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> UnmappedAreas { get; } = new(StringComparer.Ordinal);

    public int Rows { get; set; }

    /// <summary>Rows with at least one error (a row can have several).</summary>
    public int ErrorRows => Errors.Select(e => e.Row).Distinct().Count();

    public int Count(ValueChange change) => Values.Count(v => v.Change == change);

    public int SkippedRows => Skipped.Values.Sum() + UnmappedIndicators.Values.Sum() + UnmappedAreas.Values.Sum();

    public void Skip(string reason) => Skipped[reason] = Skipped.GetValueOrDefault(reason) + 1;

    public ImportPreview ToPreview(string dialect) => new()
    {
        Dialect = dialect,
        Errors = Errors.Take(ImportPreview.MaxProblems).ToList(),
        ErrorCount = Errors.Count,
        Warnings = Warnings,
        Skipped = Counted(Skipped),
        UnmappedIndicators = Counted(UnmappedIndicators),
        UnmappedAreas = Counted(UnmappedAreas),
        Changes = Values.Where(v => v.Change != ValueChange.Unchanged).Take(ImportPreview.MaxProblems)
            .Select(v => new PlannedChange(
                v.Row, v.Indicator.Ref, v.Figures.Period.ToString(), v.Figures.Area,
                v.Existing is null ? null : ValueNumbers.Format(v.Existing.Value), ValueNumbers.Format(v.Figures.Value), v.Change))
            .ToList(),
    };

    private static List<CountedReason> Counted(Dictionary<string, int> counts) =>
        counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => new CountedReason(c.Key, c.Value)).ToList();
}

/// <summary>A checked row: the figures for one indicator, period and area, and what saving them would do.</summary>
public sealed record PlannedValue(int Row, Indicator Indicator, ValueFigures Figures, IndicatorValue? Existing, int Revisions, ValueChange Change, string? SourcePeriodKey);
