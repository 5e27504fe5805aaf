using DocumentFormat.OpenXml.Spreadsheet;
using KmIcs.Assurance.Data.IndicatorValues.Files;
using static KmIcs.Assurance.Data.Tests.IndicatorValues.Files.ValueFiles;
using static KmIcs.Assurance.Data.Tests.IndicatorValues.Files.Workbooks;

namespace KmIcs.Assurance.Data.Tests.IndicatorValues.Files;

/// <summary>.xlsx files built cell by cell: every kind of cell, sheet row numbers, and damaged workbooks.</summary>
public sealed class WorkbookTests
{
    private static (uint, Cell[]) Header(uint row = 1) =>
        (row, [Shared($"A{row}", 0), Shared($"B{row}", 1), Text($"C{row}", "Area code"), Text($"D{row}", "Value"), Text($"E{row}", "Note")]);

    [Fact]
    public void Every_kind_of_cell_is_read_as_the_text_Excel_stored()
    {
        var bytes = Build(
        [
            Header(),
            (2, [Text("A2", "KM-1"), Text("B2", "2023/24"), Text("C2", "E10000016"), Number("D2", "0.1"), Boolean("E2", true)]),
            (3, [Text("A3", "KM-1"), Number("B3", "2028"), Text("C3", "E10000016"), Number("D3", "1.5E-3"), Error("E3", "#DIV/0!")]),
        ]);

        var file = Valid(ReadBytes(bytes, "values.xlsx"));

        Assert.Equal(ValueFileFormat.Template, file.Format);
        Assert.Equal("Portal template (Excel workbook)", file.Dialect);
        Assert.Equal("Period", file.ColumnName(ValueField.Period));
        Assert.Equal("0.1", file.Records[0][ValueField.Value]);
        Assert.Equal("TRUE", file.Records[0][ValueField.Note]);
        Assert.Equal("2028", file.Records[1][ValueField.Period]);
        Assert.Equal("1.5E-3", file.Records[1][ValueField.Value]);
        Assert.Equal("#DIV/0!", file.Records[1][ValueField.Note]);
    }

    [Fact]
    public void Formula_cells_give_their_cached_value_or_nothing()
    {
        var bytes = Build(
        [
            Header(),
            (2, [Text("A2", "KM-1"), Text("B2", "2023/24"), Text("C2", "E10000016"), Formula("D2", "SUM(1,2)", "3"), Formula("E2", "\"a\"&\"b\"", "ab", CellValues.String)]),
            (3, [Text("A3", "KM-1"), Text("B3", "2024/25"), Text("C3", "E10000016"), Formula("D3", "SUM(1,2)", null), Text("E3", "not calculated")]),
        ]);

        var file = Valid(ReadBytes(bytes, "values.xlsx"));

        Assert.Equal("3", file.Records[0][ValueField.Value]);
        Assert.Equal("ab", file.Records[0][ValueField.Note]);
        Assert.Equal("", file.Records[1][ValueField.Value]);
    }

    [Fact]
    public void Rows_are_the_sheet_row_numbers_and_missing_rows_are_blank()
    {
        var bytes = Build(
        [
            (2, [Text("B2", "Values for Kent")]),
            Header(4),
            (5, [Text("A5", "KM-1"), Text("B5", "2023/24"), Text("C5", "E10000016"), Number("D5", "5")]),
            (9, [Text("A9", "KM-1"), Text("B9", "2024/25"), Text("C9", "E10000016"), Number("D9", "6")]),
        ]);

        var file = Valid(ReadBytes(bytes, "values.xlsx"));

        Assert.Equal(4, file.HeaderRow);
        Assert.Equal([5, 9], file.Records.Select(r => r.Row).ToArray());
        Assert.Equal(
            ["The header is on row 4; the 3 rows above it were skipped.", "Rows 6-8 were blank and were skipped."],
            file.Warnings);
    }

    [Fact]
    public void Cells_without_references_follow_on_and_gaps_between_cells_are_empty()
    {
        var header = new Cell[] { Text("A1", "Indicator ref"), Text("B1", "Period"), Text("C1", "Area code"), Text("D1", "Value"), Text("F1", "Source") };
        var row = new Cell[] { new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text("KM-1")) }, Text("B2", "2023/24"), Text("D2", "5") };

        var file = Valid(ReadBytes(Build([(1, header), (2, row)]), "values.xlsx"));

        Assert.Equal("KM-1", file.Records[0][ValueField.IndicatorKey]);
        Assert.Equal("", file.Records[0][ValueField.AreaCode]);
        Assert.Equal("", file.Records[0][ValueField.Source]);
    }

    [Fact]
    public void The_first_sheet_in_tab_order_is_read()
    {
        var bytes = Build([Header(), (2, [Text("A2", "KM-1"), Text("B2", "2023/24"), Text("C2", "E1"), Number("D2", "5")])], emptySheetFirst: true);

        Assert.Equal("The first sheet of the workbook is empty: the portal reads the first sheet.", Error(ReadBytes(bytes, "values.xlsx")));
    }

    [Fact]
    public void A_workbook_is_recognised_by_its_content_whatever_its_name()
    {
        var bytes = Build([Header(), (2, [Text("A2", "KM-1"), Text("B2", "2023/24"), Text("C2", "E1"), Number("D2", "5")])]);

        Assert.Equal(ValueFileFormat.Template, Valid(ReadBytes(bytes, "values.csv")).Format);
    }

    [Fact]
    public void A_sheet_of_something_else_is_not_recognised_and_the_message_names_the_sheet()
    {
        var bytes = Build([(1, [Text("A1", "Name"), Text("B1", "Total")]), (2, [Text("A2", "x"), Number("B2", "1")])], sheetName: "Summary");

        var error = Error(ReadBytes(bytes, "values.xlsx"));

        Assert.StartsWith(NotRecognised, error, StringComparison.Ordinal);
        Assert.EndsWith("here 'Summary'.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_that_is_not_a_workbook_is_an_error()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            entry.Write("Indicator ref,Period,Area code,Value");
        }

        var error = Error(ReadBytes(stream.ToArray(), "values.zip"));

        Assert.StartsWith("This file starts like an Excel workbook (.xlsx) but could not be opened as one", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_workbook_is_an_error_whatever_the_damage()
    {
        var bytes = Build([Header(), (2, [Text("A2", "KM-1"), Text("B2", "2023/24"), Text("C2", "E1"), Number("D2", "5")])]);
        var random = new Random(13);

        for (var attempt = 0; attempt < 60; attempt++)
        {
            var damaged = (byte[])bytes.Clone();
            if (attempt % 2 == 0)
            {
                damaged = damaged[..random.Next(4, damaged.Length)];
            }
            else
            {
                for (var i = 0; i < 20; i++)
                {
                    damaged[random.Next(4, damaged.Length)] = (byte)random.Next(256);
                }
            }

            var result = ReadBytes(damaged, "values.xlsx");

            Assert.True(result.Error is not null || result.File is not null);
        }

        Assert.StartsWith("This file starts like an Excel workbook", Error(ReadBytes(bytes[..(bytes.Length / 2)], "values.xlsx")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_old_xls_workbook_is_refused_with_how_to_save_it()
    {
        byte[] bytes = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

        Assert.Equal(
            "This is an old-style Excel workbook (.xls), or a password-protected one, which the portal cannot read: save it as .xlsx or CSV (without a password) and upload that.",
            Error(ReadBytes(bytes, "values.xls")));
    }
}
