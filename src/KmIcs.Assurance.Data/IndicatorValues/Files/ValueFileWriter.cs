namespace KmIcs.Assurance.Data.IndicatorValues.Files;

/// <summary>
/// Writes the portal's template, as the downloadable template and as the export format, in CSV or .xlsx. The header
/// row is always <see cref="TemplateHeaders"/>, written first; each row given is one record in that column order
/// (shorter rows are padded). <see cref="ValueFileReader"/> reads back exactly the text written.
/// </summary>
public static class ValueFileWriter
{
    public static readonly IReadOnlyList<string> TemplateHeaders =
        ["Indicator ref", "Period", "Area code", "Value", "Lower CI", "Upper CI", "Count", "Denominator", "Provisional", "Note", "Source"];

    /// <summary>Free-text columns, the only ones a formula could hide in: the others hold refs, codes and numbers.</summary>
    private static readonly int[] FreeTextColumns =
        [IndexOf(ValueField.Note), IndexOf(ValueField.Source)];

    /// <summary>UTF-8 with a byte order mark (so Excel reads "£" right), CRLF line ends and RFC 4180 quoting.</summary>
    public static void WriteCsv(Stream output, IEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(rows);
        CsvTemplateWriter.Write(output, Rows(rows));
    }

    /// <summary>One sheet, "Values"; the numeric columns are numbers when their text is a plain number, the rest text.</summary>
    public static void WriteXlsx(Stream output, IEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(rows);
        XlsxTemplateWriter.Write(output, Rows(rows));
    }

    /// <summary>The header, then each row padded to the template's width with formula-like free text protected.</summary>
    private static IEnumerable<string[]> Rows(IEnumerable<IReadOnlyList<string?>> rows)
    {
        yield return [.. TemplateHeaders];
        foreach (var row in rows)
        {
            if (row.Count > TemplateHeaders.Count)
            {
                throw new ArgumentException(
                    $"A template row has at most {TemplateHeaders.Count} cells; one has {row.Count}.", nameof(rows));
            }

            var cells = new string[TemplateHeaders.Count];
            for (var i = 0; i < cells.Length; i++)
            {
                var text = i < row.Count ? row[i] ?? string.Empty : string.Empty;
                cells[i] = Array.IndexOf(FreeTextColumns, i) >= 0 ? CellText.Protect(text) : text;
            }

            yield return cells;
        }
    }

    /// <summary>The template's columns are the first fields of <see cref="ValueField"/>, in order.</summary>
    internal static int IndexOf(ValueField field) => (int)field;
}
