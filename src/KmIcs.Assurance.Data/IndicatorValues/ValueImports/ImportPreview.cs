namespace KmIcs.Assurance.Data.IndicatorValues.ValueImports;

/// <summary>
/// What an import would do, kept on the import as JSON so the preview page (on any replica, after any restart) shows
/// it without reading the file again: each problem with its row and column, the rows skipped and why, and the
/// indicator ids and areas of the file that map to nothing here.
/// </summary>
public sealed record ImportPreview
{
    /// <summary>At most this many problems are kept; the count says how many there were.</summary>
    public const int MaxProblems = 500;

    public string? Dialect { get; init; }

    public IReadOnlyList<RowProblem> Errors { get; init; } = [];

    public int ErrorCount { get; init; }

    public IReadOnlyList<string> Warnings { get; init; } = [];

    public IReadOnlyList<CountedReason> Skipped { get; init; } = [];

    public IReadOnlyList<CountedReason> UnmappedIndicators { get; init; } = [];

    public IReadOnlyList<CountedReason> UnmappedAreas { get; init; } = [];

    /// <summary>The first changes, for the analyst to check before committing.</summary>
    public IReadOnlyList<PlannedChange> Changes { get; init; } = [];
}

/// <summary>A row the import cannot take, and why: "row 412, column Value: 'n/a' is not a number".</summary>
public sealed record RowProblem(int Row, string Column, string Message)
{
    public override string ToString() => $"row {Row}, column {Column}: {Message}";
}

/// <summary>A reason (or an unmapped id or area) and how many rows it applies to.</summary>
public sealed record CountedReason(string Reason, int Rows);

/// <summary>One value the import would add or revise, as the preview lists it.</summary>
public sealed record PlannedChange(int Row, string IndicatorRef, string Period, string Area, string? OldValue, string NewValue, ValueChange Change);
