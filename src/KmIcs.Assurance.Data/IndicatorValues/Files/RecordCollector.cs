namespace KmIcs.Assurance.Data.IndicatorValues.Files;

/// <summary>
/// Turns the rows after the header into records of the header's fields, skipping blank rows, and notes the rows a
/// person should look at (blank rows between records, rows longer than the header). Limits that make the rest of
/// the file unreadable throw <see cref="UnreadableFileException"/>.
/// </summary>
internal static class RecordCollector
{
    public static (IReadOnlyList<ValueFileRecord> Records, IReadOnlyList<string> Warnings) Collect(
        ValueFileHeader header, IEnumerator<SheetRow> rows)
    {
        var fields = header.Columns.Select(column => column.Field).ToArray();
        var indexes = header.Columns.Select(column => column.Index).ToArray();
        var records = new List<ValueFileRecord>();
        var blankRows = new RowNumbers();
        var longRows = new RowNumbers();
        var previous = header.Row.Number;
        while (rows.MoveNext())
        {
            var row = rows.Current;
            if (row.Width > ValueFileReader.MaxColumns)
            {
                throw new UnreadableFileException(ValueFileMessages.RowTooWide(row.Number, row.Width));
            }

            if (row.IsBlank)
            {
                continue;
            }

            if (records.Count == ValueFileReader.MaxRows)
            {
                throw new UnreadableFileException(ValueFileMessages.TooManyRows());
            }

            // Blank rows are counted from the gaps between records, which also covers the rows a worksheet leaves
            // out; blank rows after the last record are only the end of the file and not worth a warning.
            if (row.Number > previous + 1)
            {
                blankRows.Add(previous + 1, row.Number - 1);
            }

            previous = row.Number;
            if (HasTextBeyond(row, header.Row.Width))
            {
                longRows.Add(row.Number);
            }

            var values = new string[indexes.Length];
            for (var i = 0; i < indexes.Length; i++)
            {
                values[i] = indexes[i] < row.Cells.Length ? row.Cells[indexes[i]] : string.Empty;
            }

            records.Add(new ValueFileRecord(row.Number, new RecordFields(fields, values)));
        }

        if (records.Count == 0)
        {
            throw new UnreadableFileException(ValueFileMessages.NoRecords);
        }

        var warnings = new List<string>();
        if (blankRows.Total > 0)
        {
            warnings.Add(ValueFileMessages.BlankRows(blankRows));
        }

        if (longRows.Total > 0)
        {
            warnings.Add(ValueFileMessages.LongRows(longRows));
        }

        return (records, warnings);
    }

    /// <summary>Empty cells past the header's last column are only trailing delimiters, not extra values.</summary>
    private static bool HasTextBeyond(SheetRow row, int headerWidth) =>
        row.Width > headerWidth && row.Cells.Skip(headerWidth).Any(cell => cell.Length > 0);
}
