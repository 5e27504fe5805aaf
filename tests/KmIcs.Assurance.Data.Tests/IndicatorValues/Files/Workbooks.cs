using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace KmIcs.Assurance.Data.Tests.IndicatorValues.Files;

/// <summary>Builds small .xlsx workbooks cell by cell, for cases the writer never produces.</summary>
internal static class Workbooks
{
    /// <summary>A workbook whose first sheet has the given rows; each row is its sheet row number and its cells.</summary>
    public static byte[] Build(IEnumerable<(uint Row, Cell[] Cells)> rows, string sheetName = "Data", bool emptySheetFirst = false)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable(
                new SharedStringItem(new Text("Indicator ref")),
                new SharedStringItem(new Run(new Text("Per")), new Run(new Text("iod"))));
            var worksheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var (number, cells) in rows)
            {
                data.Append(new Row(cells) { RowIndex = number });
            }

            worksheet.Worksheet = new Worksheet(data);
            var sheets = new Sheets();
            if (emptySheetFirst)
            {
                // First in tab order though added second: the reader must follow the tabs, not the parts.
                var other = workbook.AddNewPart<WorksheetPart>();
                other.Worksheet = new Worksheet(new SheetData());
                sheets.Append(new Sheet { Name = "Notes", SheetId = 2, Id = workbook.GetIdOfPart(other) });
            }

            sheets.Append(new Sheet { Name = sheetName, SheetId = 1, Id = workbook.GetIdOfPart(worksheet) });
            workbook.Workbook = new Workbook(sheets);
        }

        return stream.ToArray();
    }

    public static Cell Text(string reference, string text) => new()
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text)),
    };

    public static Cell Shared(string reference, int index) => new()
    {
        CellReference = reference,
        DataType = CellValues.SharedString,
        CellValue = new CellValue(index.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    };

    public static Cell Number(string reference, string stored) => new() { CellReference = reference, CellValue = new CellValue(stored) };

    public static Cell Formula(string reference, string formula, string? cached, CellValues? type = null)
    {
        var cell = new Cell { CellReference = reference, CellFormula = new CellFormula(formula) };
        if (cached is not null)
        {
            cell.CellValue = new CellValue(cached);
        }

        if (type is { } cellType)
        {
            cell.DataType = cellType;
        }

        return cell;
    }

    public static Cell Boolean(string reference, bool value) => new()
    {
        CellReference = reference,
        DataType = CellValues.Boolean,
        CellValue = new CellValue(value ? "1" : "0"),
    };

    public static Cell Error(string reference, string code) => new()
    {
        CellReference = reference,
        DataType = CellValues.Error,
        CellValue = new CellValue(code),
    };
}
