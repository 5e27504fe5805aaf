using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace KmIcs.Assurance.Data.IndicatorValues.Files;

/// <summary>
/// Reads the rows of a workbook's first sheet (in tab order) as text, streaming the sheet so a large one never sits in
/// memory as a document. Each cell gives the text Excel stored: shared and inline strings, numbers exactly as written
/// in the file (so 0.1 stays "0.1" rather than gaining float noise), TRUE or FALSE, error codes such as #DIV/0!, and
/// a formula's cached result (empty when the workbook was never calculated). Row numbers are the sheet's own.
/// </summary>
internal sealed class XlsxSheetReader : IDisposable
{
    private readonly SpreadsheetDocument document;
    private readonly WorksheetPart? worksheet;
    private readonly string[] sharedStrings;
    private readonly int maxCells;

    private XlsxSheetReader(SpreadsheetDocument document, WorksheetPart? worksheet, string sheetName, string[] sharedStrings, int maxCells)
    {
        this.document = document;
        this.worksheet = worksheet;
        this.sharedStrings = sharedStrings;
        this.maxCells = maxCells;
        SheetName = sheetName;
    }

    /// <summary>The first sheet's tab name, for messages.</summary>
    public string SheetName { get; }

    /// <summary>Opens the workbook; a damaged one, or a zip that is not a workbook, throws <see cref="UnreadableFileException"/>.</summary>
    public static XlsxSheetReader Open(byte[] bytes, int maxCells)
    {
        var document = Translate(() => SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false));
        try
        {
            return Translate(() =>
            {
                var workbook = document.WorkbookPart ?? throw new UnreadableFileException(ValueFileMessages.DamagedWorkbook);
                var sheet = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();

                // A chart sheet, or a workbook without sheets, has no cells to read: the first sheet is then empty.
                var part = sheet?.Id?.Value is { } id ? workbook.GetPartById(id) as WorksheetPart : null;
                var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>()
                    .Select(Text).ToArray() ?? [];
                return new XlsxSheetReader(document, part, sheet?.Name?.Value ?? string.Empty, strings, maxCells);
            });
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    public IEnumerable<SheetRow> Rows(CancellationToken cancellationToken)
    {
        if (worksheet is null)
        {
            yield break;
        }

        using var reader = Translate(() => OpenXmlReader.Create(worksheet));
        var previous = 0;
        while (Translate(reader.Read))
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var after = previous;
            var row = Translate(() => ToSheetRow((Row)reader.LoadCurrentElement()!, after));
            previous = row.Number;
            yield return row;
        }
    }

    public void Dispose() => document.Dispose();

    private SheetRow ToSheetRow(Row row, int previous)
    {
        var number = row.RowIndex?.Value is { } rowIndex ? checked((int)rowIndex) : previous + 1;
        var values = new List<(int Column, string Text)>();
        var column = -1;
        foreach (var cell in row.Elements<Cell>())
        {
            column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : column + 1;
            var text = CellText.Clean(Value(cell));
            if (text.Length > 0)
            {
                values.Add((column, text));
            }
        }

        // Width counts up to the last cell with text: Excel keeps formatted empty cells far to the right.
        var width = values.Count == 0 ? 0 : values.Max(value => value.Column) + 1;
        var cells = new string[Math.Min(width, maxCells)];
        Array.Fill(cells, string.Empty);
        foreach (var (index, text) in values.Where(value => value.Column < cells.Length))
        {
            cells[index] = text;
        }

        return new SheetRow(number, cells, width);
    }

    private string Value(Cell cell)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? Text(inline) : string.Empty;
        }

        var stored = cell.CellValue?.Text ?? string.Empty;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(stored, out var index) && index >= 0 && index < sharedStrings.Length
                ? sharedStrings[index]
                : string.Empty;
        }

        if (type == CellValues.Boolean)
        {
            return stored == "1" ? "TRUE" : stored == "0" ? "FALSE" : stored;
        }

        return stored;
    }

    /// <summary>Plain or rich text; phonetic guides (furigana) are not part of the value.</summary>
    private static string Text(RstType text) =>
        text.Text?.Text ?? string.Concat(text.Elements<Run>().Select(run => run.Text?.Text));

    /// <summary>"AB12" is column 27 counted from zero; a reference without letters counts as column A.</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            // Excel stops at XFD (16,384 columns), so seven letters can only be a hostile file: cap to stay in range.
            index = Math.Min((index * 26) + (char.ToUpperInvariant(c) - 'A' + 1), 1_000_000);
        }

        return Math.Max(index - 1, 0);
    }

    /// <summary>Whatever the packaging and XML layers throw for a damaged file becomes one message for the analyst.</summary>
    private static T Translate<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is not (OperationCanceledException or UnreadableFileException))
        {
            throw new UnreadableFileException(ValueFileMessages.DamagedWorkbook);
        }
    }
}
