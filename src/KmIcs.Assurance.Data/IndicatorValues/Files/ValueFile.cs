namespace KmIcs.Assurance.Data.IndicatorValues.Files;

/// <summary>A value file read into text records, with what the import needs to talk about it.</summary>
public sealed class ValueFile
{
    private readonly IReadOnlyDictionary<ValueField, string> columnNames;

    internal ValueFile(
        ValueFileFormat format,
        string dialect,
        int headerRow,
        IReadOnlyDictionary<ValueField, string> columnNames,
        IReadOnlyList<ValueFileRecord> records,
        IReadOnlyList<string> warnings)
    {
        Format = format;
        Dialect = dialect;
        HeaderRow = headerRow;
        this.columnNames = columnNames;
        Records = records;
        Warnings = warnings;
    }

    public ValueFileFormat Format { get; }

    /// <summary>Human text, such as "Fingertips export (underscored headers, no Time period range)".</summary>
    public string Dialect { get; }

    /// <summary>The row number of the header, as a person counts rows (preamble rows come before it).</summary>
    public int HeaderRow { get; }

    public IReadOnlyList<ValueFileRecord> Records { get; }

    /// <summary>File-level warnings, such as "Rows 3-5 were blank and were skipped."</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>
    /// The header as written in the file, for messages like "row 412, column Value: 'n/a' is not a number". For a field
    /// the file has no column for, the name the format usually gives it, so a message about the missing column reads
    /// naturally.
    /// </summary>
    public string ColumnName(ValueField field) =>
        columnNames.TryGetValue(field, out var name) ? name : ValueFileColumns.UsualName(Format, field);

    public bool Has(ValueField field) => columnNames.ContainsKey(field);
}
