using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace KmIcs.Assurance.Data.IndicatorValues.Files;

/// <summary>
/// Writes rows as a one-sheet workbook ("Values"), streaming the sheet. Text is written as inline strings, which
/// Excel never runs as a formula; the numeric columns are written as numbers when their text is a plain decimal, so
/// an analyst can sum them, with the stored text exactly as given so the reader gets the same text back. A line
/// break in a cell is written as Excel keeps one, a single LF: XML reads CRLF back as LF anyway.
/// </summary>
internal static partial class XlsxTemplateWriter
{
    private static readonly int[] NumericColumns =
    [
        ValueFileWriter.IndexOf(ValueField.Value), ValueFileWriter.IndexOf(ValueField.LowerCi),
        ValueFileWriter.IndexOf(ValueField.UpperCi), ValueFileWriter.IndexOf(ValueField.Count),
        ValueFileWriter.IndexOf(ValueField.Denominator),
    ];

    public static void Write(Stream output, IEnumerable<string[]> rows)
    {
        // The packaging layer needs to seek while it writes; a response body cannot, so the workbook is built aside.
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var worksheet = workbook.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(worksheet))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                var number = 0u;
                foreach (var row in rows)
                {
                    number++;
                    writer.WriteStartElement(new Row { RowIndex = number });
                    for (var i = 0; i < row.Length; i++)
                    {
                        if (row[i].Length > 0)
                        {
                            writer.WriteElement(Cell(ColumnName(i) + number, row[i], number > 1 && Array.IndexOf(NumericColumns, i) >= 0));
                        }
                    }

                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            workbook.Workbook = new Workbook(new Sheets(
                new Sheet { Name = "Values", SheetId = 1, Id = workbook.GetIdOfPart(worksheet) }));
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static Cell Cell(string reference, string text, bool numericColumn) =>
        numericColumn && PlainNumber().IsMatch(text)
            ? new Cell { CellReference = reference, CellValue = new CellValue(text) }
            : new Cell
            {
                CellReference = reference,
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(ExcelLineBreaks(text)) { Space = SpaceProcessingModeValues.Preserve }),
            };

    private static string ExcelLineBreaks(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    /// <summary>"A" for 0; the template has 11 columns, so one letter is enough.</summary>
    private static string ColumnName(int index) => ((char)('A' + index)).ToString();

    /// <summary>Decimals Excel stores as they are: no exponent, no thousands separators, no leading zeros.</summary>
    [GeneratedRegex(@"^-?(0|[1-9][0-9]{0,14})(\.[0-9]{1,15})?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}
