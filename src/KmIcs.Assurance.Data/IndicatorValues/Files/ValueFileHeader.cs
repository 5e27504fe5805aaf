namespace KmIcs.Assurance.Data.IndicatorValues.Files;

/// <summary>One column the import reads: its field, its position in the row (from zero) and its header as written.</summary>
internal readonly record struct HeaderColumn(ValueField Field, int Index, string Name);

/// <summary>A recognised header row and what it says about the file.</summary>
internal sealed record ValueFileHeader(
    ValueFileFormat Format,
    SheetRow Row,
    IReadOnlyList<HeaderColumn> Columns,
    IReadOnlyList<string> UnusedNames,
    bool HasIndexColumn);
