using KmIcs.Assurance.Reporting.Csv;

namespace KmIcs.Assurance.Reporting.Tests.Csv;

public class CsvTableTests
{
    [Theory]
    [InlineData("=SUM(A1:A9)", "'=SUM(A1:A9)")]
    [InlineData("+44 1622 000000", "'+44 1622 000000")]
    [InlineData("-5% change", "'-5% change")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tTabbed", "'\tTabbed")]
    [InlineData("Reduce smoking", "Reduce smoking")]
    [InlineData("a=b", "a=b")]
    public void Text_that_a_spreadsheet_would_run_as_a_formula_is_escaped_with_an_apostrophe(string text, string expected)
    {
        Assert.Equal(expected, CsvTable.Cell(text));
    }

    [Fact]
    public void Numbers_stay_numbers_even_when_negative()
    {
        Assert.Equal("-5.25", CsvTable.Cell(-5.25m));
        Assert.Equal("1234.5", CsvTable.Cell(1234.5m));
        Assert.Equal("42", CsvTable.Cell(42));
    }

    [Fact]
    public void Commas_quotes_and_line_breaks_are_quoted_as_rfc_4180_says()
    {
        Assert.Equal("\"Kent, Medway\"", CsvTable.Cell("Kent, Medway"));
        Assert.Equal("\"The \"\"I\"\" statements\"", CsvTable.Cell("The \"I\" statements"));
        Assert.Equal("\"line one\nline two\"", CsvTable.Cell("line one\nline two"));
    }

    [Fact]
    public void A_table_has_a_header_line_and_crlf_line_ends_and_its_bytes_start_with_a_utf8_mark()
    {
        var table = new CsvTable("Ref", "Value", "Provisional", "Note");
        table.Add("PH03", 25m, false, null);

        Assert.Equal("Ref,Value,Provisional,Note\r\nPH03,25,No,\r\n", table.ToString());
        Assert.Equal([0xEF, 0xBB, 0xBF], table.ToBytes()[..3]);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_cells_is_refused()
    {
        var table = new CsvTable("A", "B");

        Assert.Throws<ArgumentException>(() => table.Add("only one"));
    }
}
