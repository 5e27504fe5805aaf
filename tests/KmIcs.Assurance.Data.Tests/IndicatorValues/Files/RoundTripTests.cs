using System.Text;
using KmIcs.Assurance.Data.IndicatorValues.Files;
using static KmIcs.Assurance.Data.Tests.IndicatorValues.Files.ValueFiles;

namespace KmIcs.Assurance.Data.Tests.IndicatorValues.Files;

/// <summary>What the writer writes, the reader reads back field for field.</summary>
public sealed class RoundTripTests
{
    private static readonly IReadOnlyList<string?>[] Rows =
    [
        ["KM-OBESITY", "2023/24", "E10000016", "64.2", "62.1", "66.3", "1234", "1922", "Yes", "Up on last year", "OHID Fingertips"],
        ["KM-OBESITY", "Q3 2023/24", "E06000035", "-5", null, null, null, null, null, "=SUM(A1:A9)", "+44 source"],
        ["KM-SMOKING", "2012-14", "E92000001", "0.30000000000000004", "", "", "", "", "", "-5", "@analyst"],
        ["KM-SMOKING", "2028", "E10000016", "12.50", "", "", "", "", "", "Line one,\r\nline \"two\"", "'=already quoted"],
        ["KM-SMOKING", "R12 to 2024-03", "E10000016", "n/a", "", "", "", "", "", "Café £3 – über", "-"],
        ["KM-SHORT", "2024/25", "E10000016", "7"],
    ];

    [Fact]
    public void The_template_headers_are_the_eleven_template_columns()
    {
        Assert.Equal(
            ["Indicator ref", "Period", "Area code", "Value", "Lower CI", "Upper CI", "Count", "Denominator", "Provisional", "Note", "Source"],
            ValueFileWriter.TemplateHeaders);
    }

    [Fact]
    public void CSV_is_UTF8_with_a_BOM_CRLF_and_quoted_where_needed()
    {
        using var stream = new MemoryStream();
        ValueFileWriter.WriteCsv(stream, Rows);
        var bytes = stream.ToArray();

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("Indicator ref,Period,Area code,Value,Lower CI,Upper CI,Count,Denominator,Provisional,Note,Source\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nKM-OBESITY,Q3 2023/24,E06000035,-5,,,,,,'=SUM(A1:A9),'+44 source\r\n", text, StringComparison.Ordinal);
        Assert.Contains(",\"Line one,\r\nline \"\"two\"\"\",''=already quoted\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("KM-SHORT,2024/25,E10000016,7,,,,,,,\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void CSV_reads_back_to_the_same_records()
    {
        using var stream = new MemoryStream();
        ValueFileWriter.WriteCsv(stream, Rows);

        AssertSameRecords(Valid(ReadBytes(stream.ToArray(), "export.csv")), lineBreak: "\r\n");
    }

    [Fact]
    public void Xlsx_reads_back_to_the_same_records()
    {
        using var stream = new MemoryStream();
        ValueFileWriter.WriteXlsx(stream, Rows);

        var file = Valid(ReadBytes(stream.ToArray(), "export.xlsx"));

        Assert.Equal("Portal template (Excel workbook)", file.Dialect);
        AssertSameRecords(file, lineBreak: "\n");
    }

    [Fact]
    public void Xlsx_writes_one_sheet_named_Values_with_plain_numbers_as_numbers()
    {
        using var stream = new MemoryStream();
        ValueFileWriter.WriteXlsx(stream, Rows);
        stream.Position = 0;

        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheet = Assert.Single(workbook.Workbook!.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>());
        Assert.Equal("Values", sheet.Name?.Value);
        var cells = workbook.WorksheetParts.Single().Worksheet!.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().ToList();
        var value = cells.Single(c => c.CellReference?.Value == "D2");
        Assert.Null(value.DataType);
        Assert.Equal("64.2", value.CellValue?.Text);
        Assert.NotNull(cells.Single(c => c.CellReference?.Value == "D6").InlineString);
    }

    [Fact]
    public void Non_seekable_output_gets_the_whole_workbook()
    {
        using var buffer = new MemoryStream();
        using (var output = new ForwardOnlyStream(buffer))
        {
            ValueFileWriter.WriteXlsx(output, Rows);
        }

        AssertSameRecords(Valid(ReadBytes(buffer.ToArray(), "export.xlsx")), lineBreak: "\n");
    }

    [Fact]
    public void A_row_wider_than_the_template_is_a_programming_error()
    {
        using var stream = new MemoryStream();

        Assert.Throws<ArgumentException>(() => ValueFileWriter.WriteCsv(stream, [new string?[12]]));
    }

    /// <param name="file">The file read back.</param>
    /// <param name="lineBreak">A line break in a cell as the format keeps it: CSV as given, a workbook as Excel does (LF).</param>
    private static void AssertSameRecords(ValueFile file, string lineBreak)
    {
        Assert.Equal(ValueFileFormat.Template, file.Format);
        Assert.Empty(file.Warnings);
        Assert.Equal(Enumerable.Range(2, Rows.Length), file.Records.Select(r => r.Row));
        for (var i = 0; i < Rows.Length; i++)
        {
            var record = file.Records[i];
            Assert.Equal(ValueFileWriter.TemplateHeaders.Count, record.Fields.Count);
            for (var column = 0; column < ValueFileWriter.TemplateHeaders.Count; column++)
            {
                var expected = (column < Rows[i].Count ? Rows[i][column] ?? "" : "").Replace("\r\n", lineBreak, StringComparison.Ordinal);
                Assert.Equal(expected, record[(ValueField)column]);
            }
        }
    }

    /// <summary>An HTTP response body: written front to back, never sought.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
