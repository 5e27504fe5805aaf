using System.Text;
using KmIcs.Assurance.Data.IndicatorValues.Files;
using static KmIcs.Assurance.Data.Tests.IndicatorValues.Files.ValueFiles;

namespace KmIcs.Assurance.Data.Tests.IndicatorValues.Files;

/// <summary>CSV variants built here: delimiters, encodings, line ends, quoting, preambles and untidy rows.</summary>
public sealed class CsvDialectTests
{
    private const string FingertipsHeader =
        "Indicator ID,Indicator Name,Area Code,Area Name,Sex,Age,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,Count,Denominator,Value note";

    private const string FingertipsRow =
        "93088,Overweight adults,E10000016,Kent,Persons,18+ yrs,2021/22,64.2,62.1,66.3,1234,1922,";

    [Fact]
    public void The_template_header_is_read_as_the_template()
    {
        var file = ReadValidText("Indicator ref,Period,Area code,Value,Lower CI,Upper CI,Count,Denominator,Provisional,Note,Source\r\n"
            + "KM-OBESITY,2023/24,E10000016,12.5,11.0,14.1,120,960,Yes,First cut,OHID\r\n");

        Assert.Equal(ValueFileFormat.Template, file.Format);
        Assert.Equal("Portal template", file.Dialect);
        var record = Assert.Single(file.Records);
        Assert.Equal(2, record.Row);
        Assert.Equal("KM-OBESITY", record[ValueField.IndicatorKey]);
        Assert.Equal("2023/24", record[ValueField.Period]);
        Assert.Equal("OHID", record[ValueField.Source]);
        Assert.Null(record[ValueField.Sex]);
        Assert.False(file.Has(ValueField.Sex));
        Assert.Equal(11, record.Fields.Count);
        Assert.Equal("Indicator ref", file.ColumnName(ValueField.IndicatorKey));
    }

    [Fact]
    public void Ref_is_accepted_for_Indicator_ref_and_names_ignore_case_spaces_underscores_and_dots()
    {
        var file = ReadValidText("REF,period,AREA_CODE,value.\nKM-1,2028,E06000035,3\n");

        Assert.Equal(ValueFileFormat.Template, file.Format);
        Assert.Equal("E06000035", file.Records[0][ValueField.AreaCode]);
        Assert.Equal("AREA_CODE", file.ColumnName(ValueField.AreaCode));
    }

    [Fact]
    public void A_field_the_file_lacks_is_named_as_the_format_usually_names_it()
    {
        var template = ReadValidText("Indicator ref,Period,Area code,Value\nKM-1,2028,E06000035,3\n");
        var fingertips = ReadValidText($"{FingertipsHeader}\n{FingertipsRow}\n");

        Assert.False(template.Has(ValueField.LowerCi));
        Assert.Equal("Lower CI", template.ColumnName(ValueField.LowerCi));
        Assert.Equal("Time period range", fingertips.ColumnName(ValueField.TimePeriodRange));
    }

    [Theory]
    [InlineData(';', "semicolon-separated")]
    [InlineData('\t', "tab-separated")]
    public void Semicolons_and_tabs_are_detected_from_the_header(char delimiter, string trait)
    {
        var text = $"{FingertipsHeader}\n{FingertipsRow}\n".Replace(',', delimiter)
            + string.Join(delimiter, "93088", "Name, with a comma", "E06000035", "Medway", "Persons", "18+ yrs", "2021/22", "61,5", "", "", "", "", "") + "\n";

        var file = ReadValidText(text);

        Assert.Equal($"Fingertips export (no Time period range, {trait})", file.Dialect);
        Assert.Equal(2, file.Records.Count);
        Assert.Equal("61,5", file.Records[1][ValueField.Value]);
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_are_read_as_Windows_1252()
    {
        var text = "Indicator ref,Period,Area code,Value,Note\r\nKM-1,2023/24,E10000016,5,Café costs £3\r\n";
        var bytes = text.Select(c => c switch { 'é' => (byte)0xE9, '£' => (byte)0xA3, _ => (byte)c }).ToArray();

        var file = Valid(ReadBytes(bytes));

        Assert.Equal("Café costs £3", file.Records[0][ValueField.Note]);
        Assert.Equal("Portal template (Windows-1252 text)", file.Dialect);
    }

    [Fact]
    public void UTF8_with_and_without_a_byte_order_mark_reads_the_same()
    {
        var text = "Indicator ref,Period,Area code,Value,Note\nKM-1,2023/24,E10000016,5,Café costs £3 – about\n";

        var plain = ReadValidText(text);
        var withBom = ReadValidText(text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        Assert.Equal("Café costs £3 – about", plain.Records[0][ValueField.Note]);
        Assert.Equal(Describe(plain.Records[0]), Describe(withBom.Records[0]));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void UTF16_with_a_byte_order_mark_is_read(bool bigEndian)
    {
        var file = ReadValidText(
            "Indicator ref\tPeriod\tArea code\tValue\tNote\r\nKM-1\t2023/24\tE10000016\t5\tCafé £3\r\n",
            new UnicodeEncoding(bigEndian, byteOrderMark: true));

        Assert.Equal("Café £3", file.Records[0][ValueField.Note]);
        Assert.Equal("Portal template (tab-separated, UTF-16 text)", file.Dialect);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData("\r")]
    public void CRLF_LF_and_CR_line_ends_give_the_same_rows(string newLine)
    {
        var text = string.Join(newLine, "Indicator ref,Period,Area code,Value", "KM-1,2023/24,E10000016,5", "KM-1,2024/25,E10000016,6") + newLine;

        var file = ReadValidText(text);

        Assert.Equal([2, 3], file.Records.Select(r => r.Row).ToArray());
        Assert.Equal("6", file.Records[1][ValueField.Value]);
    }

    [Fact]
    public void Quoted_fields_keep_delimiters_doubled_quotes_and_line_breaks_and_count_as_one_row()
    {
        var text = "Indicator ref,Period,Area code,Value,Note\r\n"
            + "KM-1,2023/24,E10000016,5,\"Two lines,\r\nsecond \"\"quoted\"\"\nthird\rfourth\"\r\n"
            + "KM-1,2024/25,E10000016,6,plain\r\n";

        var file = ReadValidText(text);

        Assert.Equal("Two lines,\r\nsecond \"quoted\"\nthird\rfourth", file.Records[0][ValueField.Note]);
        Assert.Equal([2, 3], file.Records.Select(r => r.Row).ToArray());
    }

    [Fact]
    public void Cells_are_trimmed_and_padding_before_a_quote_is_dropped()
    {
        var file = ReadValidText("Indicator ref , Period ,Area code,Value\n  KM-1 ,  \"2023/24\" ,E10000016,\t5 \n");

        var record = file.Records[0];
        Assert.Equal("KM-1", record[ValueField.IndicatorKey]);
        Assert.Equal("2023/24", record[ValueField.Period]);
        Assert.Equal("5", record[ValueField.Value]);
        Assert.Equal("Indicator ref", file.ColumnName(ValueField.IndicatorKey));
    }

    [Fact]
    public void An_apostrophe_protecting_a_formula_like_value_is_removed_and_others_are_kept()
    {
        var file = ReadValidText("Indicator ref,Period,Area code,Value,Note,Source\n"
            + "KM-1,2023/24,E10000016,'-5,'=SUM(A1),'@team\n"
            + "KM-1,2024/25,E10000016,5,'quoted' word,''=x\n");

        Assert.Equal("-5", file.Records[0][ValueField.Value]);
        Assert.Equal("=SUM(A1)", file.Records[0][ValueField.Note]);
        Assert.Equal("@team", file.Records[0][ValueField.Source]);
        Assert.Equal("'quoted' word", file.Records[1][ValueField.Note]);
        Assert.Equal("'=x", file.Records[1][ValueField.Source]);
    }

    [Fact]
    public void Preamble_lines_before_the_header_are_skipped_and_rows_keep_their_numbers()
    {
        var text = "Exported from Fingertips on 1 May 2024. Figures are provisional.\n\n"
            + $"{FingertipsHeader}\n{FingertipsRow}\n{FingertipsRow.Replace("E10000016,Kent", "E06000035,Medway", StringComparison.Ordinal)}\n";

        var file = ReadValidText(text);

        Assert.Equal(ValueFileFormat.Fingertips, file.Format);
        Assert.Equal(3, file.HeaderRow);
        Assert.Equal([4, 5], file.Records.Select(r => r.Row).ToArray());
        Assert.Equal("Fingertips export (no Time period range, header on row 3)", file.Dialect);
        Assert.Equal(["The header is on row 3; the 2 rows above it were skipped."], file.Warnings);
    }

    [Fact]
    public void A_header_after_the_twentieth_line_is_not_looked_for()
    {
        var preamble = string.Concat(Enumerable.Range(1, 20).Select(i => $"Note {i}\n"));

        Assert.StartsWith(NotRecognised, Error(ReadText($"{preamble}{FingertipsHeader}\n{FingertipsRow}\n")), StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_rows_between_records_are_skipped_with_a_warning_that_names_them()
    {
        var text = "Indicator ref,Period,Area code,Value\nKM-1,2023/24,E10000016,5\n\n,,,\n  \nKM-1,2024/25,E10000016,6\n\nKM-2,2024/25,E10000016,7\n\n\n";

        var file = ReadValidText(text);

        Assert.Equal([2, 6, 8], file.Records.Select(r => r.Row).ToArray());
        Assert.Equal(["Rows 3-5 and 7 were blank and were skipped."], file.Warnings);
    }

    [Fact]
    public void A_short_row_gets_empty_fields_and_a_long_row_a_warning()
    {
        var rows = string.Concat(Enumerable.Range(0, 7).Select(i => $"KM-{i},2023/24,E10000016,{i},extra\n"));
        var text = "Indicator ref,Period,Area code,Value\nKM-1,2023/24\n" + rows + "KM-9,2023/24,E10000016,9,,,\n";

        var file = ReadValidText(text);

        Assert.Equal(9, file.Records.Count);
        Assert.Equal("", file.Records[0][ValueField.AreaCode]);
        Assert.Equal("", file.Records[0][ValueField.Value]);
        Assert.Equal(
            ["Rows 3-9 have more cells than the header has columns; the extra cells were ignored."],
            file.Warnings);
    }

    [Fact]
    public void Long_rows_apart_are_named_up_to_five_with_a_count_of_the_rest()
    {
        var rows = string.Concat(Enumerable.Range(0, 12).Select(i => i % 2 == 0 ? $"KM,2023/24,E1,{i},x\n" : $"KM,2023/24,E1,{i}\n"));

        var file = ReadValidText("Indicator ref,Period,Area code,Value\n" + rows);

        Assert.Equal(
            ["Rows 2, 4, 6, 8, 10 and 1 more have more cells than the header has columns; the extra cells were ignored."],
            file.Warnings);
    }

    [Fact]
    public void Unknown_columns_are_ignored_with_a_warning_and_unnamed_ones_silently()
    {
        var file = ReadValidText(",Indicator ref,Region,Period,Area code,Value,Comment,,\n1,KM-1,South East,2023/24,E10000016,5,ok,,\n");

        Assert.Equal(["These columns are not used by the import and were ignored: 'Region' and 'Comment'."], file.Warnings);
        Assert.Equal("KM-1", file.Records[0][ValueField.IndicatorKey]);
        Assert.Equal(4, file.Records[0].Fields.Count);
    }

    [Fact]
    public void Column_order_does_not_matter()
    {
        var ordered = ReadValidText($"{FingertipsHeader}\n{FingertipsRow}\n");
        var columns = FingertipsHeader.Split(',');
        var cells = FingertipsRow.Split(',');
        var swapped = Enumerable.Range(0, columns.Length).Reverse().ToArray();

        var reversed = ReadValidText(
            string.Join(',', swapped.Select(i => columns[i])) + "\n" + string.Join(',', swapped.Select(i => cells[i])) + "\n");

        Assert.Equal(Describe(ordered.Records[0]), Describe(reversed.Records[0]));
    }

    [Theory]
    [InlineData("Indicator ref,Period,Area code,Value,Value\n", "Columns 4 ('Value') and 5 ('Value') are the same column")]
    [InlineData("Indicator ID,Time period,Area Code,Value,Lower CI,Lower_CI_95.0_limit\n", "Columns 5 ('Lower CI') and 6 ('Lower_CI_95.0_limit') are the same column")]
    [InlineData("Indicator ref,Ref,Period,Area code,Value\n", "Columns 1 ('Indicator ref') and 2 ('Ref') are the same column")]
    public void Two_columns_for_one_field_are_an_error_naming_them(string header, string expected)
    {
        var error = Error(ReadText(header + "a,b,c,d,e,f\n"));

        Assert.StartsWith(expected, error, StringComparison.Ordinal);
        Assert.EndsWith("remove one so it knows which to read.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n\r\n  \n")]
    public void An_empty_file_says_so(string text)
    {
        Assert.Equal("The file is empty.", Error(ReadText(text)));
    }

    [Fact]
    public void A_header_without_rows_says_so()
    {
        Assert.Equal(
            "The file has a header row but no rows of values below it.",
            Error(ReadText("Indicator ref,Period,Area code,Value\r\n,,,\r\n")));
    }

    [Fact]
    public void A_quote_that_never_closes_is_an_error_naming_its_row()
    {
        var error = Error(ReadText("Indicator ref,Period,Area code,Value,Note\nKM-1,2023/24,E1,5,fine\nKM-1,2024/25,E1,6,\"never closed\nKM-1,2025/26,E1,7,lost\n"));

        Assert.StartsWith("Row 3 has a quotation mark (\") that is never closed", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pipe_separated_file_is_not_recognised()
    {
        var text = $"{FingertipsHeader}\n{FingertipsRow}\n".Replace(',', '|');

        Assert.Equal(
            "This is not a recognised format: expected the portal's template (Indicator ref, Period, Area code, Value, …) "
            + "or a Fingertips export (Indicator ID, Area Code, Time period, Value, …).",
            Error(ReadText(text)));
    }

    [Fact]
    public void A_text_file_with_an_Excel_name_is_read_as_text_and_described_so()
    {
        var bytes = Encoding.UTF8.GetBytes("Indicator ref\tPeriod\tArea code\tValue\nKM-1\t2023/24\tE1\t5\n");

        var file = Valid(ReadBytes(bytes, "export.xls"));

        Assert.Equal("Portal template (tab-separated, a text file despite its .xls name)", file.Dialect);
    }
}
