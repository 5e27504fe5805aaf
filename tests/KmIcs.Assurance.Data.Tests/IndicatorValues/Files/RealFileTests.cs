using KmIcs.Assurance.Data.IndicatorValues.Files;
using static KmIcs.Assurance.Data.Tests.IndicatorValues.Files.ValueFiles;

namespace KmIcs.Assurance.Data.Tests.IndicatorValues.Files;

/// <summary>The real files in tests/testdata/fingertips, with the counts its README gives.</summary>
public sealed class RealFileTests
{
    private const string Kent = "E10000016";
    private const string Medway = "E06000035";
    private const string England = "E92000001";

    public static TheoryData<string> EveryDataFile()
    {
        var data = new TheoryData<string>();
        var skipped = new[] { ".md", ".txt", ".tsv" };
        foreach (var path in Directory.EnumerateFiles(TestData, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (!skipped.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            {
                data.Add(Path.GetRelativePath(TestData, path));
            }
        }

        return data;
    }

    /// <summary>The Fingertips exports in the top folder: records, Kent, Medway and England rows (README.md).</summary>
    public static TheoryData<string, int, int, int, int> FingertipsExports() => new()
    {
        { "gsscogs_family-disability__indicators-CountyUApre419.data.csv", 87, 0, 0, 8 },
        { "hannahlepper_UTI_model__fingertips_trimres.csv", 38, 0, 0, 38 },
        { "jargonautical_data-dev__indicators-CountyUA.data.csv", 852, 5, 5, 65 },
        { "jezzaay_mha__cyp_indicators-CountyUA.data_southeast.csv", 210, 10, 10, 10 },
        { "jezzaay_mha__suicides_indicators-CountyUA.data_south_east.csv", 105, 5, 5, 5 },
        { "lambeth_open_data__AdultObesity_93088.csv", 18, 0, 0, 6 },
        { "lambeth_open_data__Development_90631.csv", 3, 0, 0, 1 },
        { "ons_sdg_data_updates__3-5-1_unmet_alcohol.csv", 17, 0, 0, 2 },
        { "ons_sdg_data_updates__3-5-1_unmet_opiates.csv", 13, 0, 0, 2 },
        { "ons_sdg_data_updates__3-9-1_new_series_from_stable_link.Rwritecsv.csv", 1202, 3, 3, 63 },
        { "ons_sdg_data_updates__3-9-1_old_series_from_stable_link.Rwritecsv.csv", 1236, 3, 3, 23 },
        { "stapm_smkfreediv__Compare_areas.csv", 152, 1, 1, 1 },
        { "stapm_smkfreediv__PHE_tobacco_profiles_2019_with_region_UTLA.csv", 151, 1, 1, 0 },
        { "stapm_smkfreediv__local_tobacco_profiles_southeast_2019.csv", 147, 7, 7, 7 },
    };

    [Fact]
    public void Test_data_is_copied_beside_the_tests()
    {
        Assert.True(File.Exists(Path.Combine(TestData, "README.md")), $"Missing {TestData}");
        Assert.Equal(37, EveryDataFile().Count);
    }

    [Theory]
    [MemberData(nameof(EveryDataFile))]
    public void Every_test_data_file_is_read_without_an_exception_as_a_value_file_or_with_a_reason(string path)
    {
        var result = ReadTestFile(path);

        Assert.True((result.File is null) != (result.Error is null), "exactly one of File and Error");
        if (result.File is { } file)
        {
            Assert.True(file.Format is ValueFileFormat.Fingertips or ValueFileFormat.Template);
            Assert.NotEmpty(file.Records);
        }
        else
        {
            Assert.EndsWith(".", result.Error!.TrimEnd(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(FingertipsExports))]
    public void Fingertips_exports_are_recognised_with_every_record(string path, int records, int kent, int medway, int england)
    {
        var file = ReadValidTestFile(path);

        Assert.Equal(ValueFileFormat.Fingertips, file.Format);
        Assert.Equal(records, file.Records.Count);
        Assert.Equal(kent, file.Records.Count(r => r[ValueField.AreaCode] == Kent));
        Assert.Equal(medway, file.Records.Count(r => r[ValueField.AreaCode] == Medway));
        Assert.Equal(england, file.Records.Count(r => r[ValueField.AreaCode] == England));
        Assert.All(file.Records, r => Assert.False(string.IsNullOrEmpty(r[ValueField.IndicatorKey])));
        Assert.All(file.Records, r => Assert.False(string.IsNullOrEmpty(r[ValueField.Period])));
        Assert.Empty(file.Warnings);
    }

    [Theory]
    [MemberData(nameof(FingertipsExports))]
    public void Every_period_in_the_Fingertips_exports_is_a_reporting_period(string path, int records, int kent, int medway, int england)
    {
        _ = (records, kent, medway, england);
        var file = ReadValidTestFile(path);

        Assert.All(file.Records, r => Assert.True(
            FingertipsPeriod.TryParse(r[ValueField.Period], r[ValueField.TimePeriodRange], out _, out var error), error));
    }

    [Fact]
    public void A_quoted_line_break_in_a_name_is_one_row_so_rows_follow_the_record_count()
    {
        var file = ReadValidTestFile("jargonautical_data-dev__indicators-CountyUA.data.csv");

        Assert.Equal("Fingertips export (no Time period range)", file.Dialect);
        Assert.Equal(Enumerable.Range(2, 852), file.Records.Select(r => r.Row));
        Assert.False(file.Has(ValueField.TimePeriodRange));
        var kent = file.Records.Where(r => r[ValueField.AreaCode] == Kent).ToList();
        Assert.Equal(["2015", "2015", "2016", "2016", "2017"], kent.Select(r => r[ValueField.Period] ?? "").ToArray());
        Assert.All(kent, r => Assert.Equal("93356", r[ValueField.IndicatorKey]));
        Assert.Equal("Area Code", file.ColumnName(ValueField.AreaCode));
        Assert.Equal("Lower CI 95.0 limit", file.ColumnName(ValueField.LowerCi));
    }

    [Fact]
    public void A_file_with_a_BOM_every_field_quoted_and_AreaName_reads_its_quarters()
    {
        var file = ReadValidTestFile("hannahlepper_UTI_model__fingertips_trimres.csv");

        Assert.Equal("Fingertips export (AreaName written without a space)", file.Dialect);
        Assert.Equal("Indicator ID", file.ColumnName(ValueField.IndicatorKey));
        Assert.Equal("AreaName", file.ColumnName(ValueField.AreaName));
        var first = file.Records[0];
        Assert.Equal(2, first.Row);
        Assert.Equal("92519", first[ValueField.IndicatorKey]);
        Assert.Equal("England", first[ValueField.AreaName]);
        Assert.Equal("2015 Q1", first[ValueField.Period]);
        Assert.Equal("3m", first[ValueField.TimePeriodRange]);
        Assert.Equal("20150100", first[ValueField.TimePeriodSortable]);
    }

    [Fact]
    public void Underscored_headers_map_to_the_same_fields()
    {
        var file = ReadValidTestFile("jezzaay_mha__suicides_indicators-CountyUA.data_south_east.csv");

        Assert.Equal("Fingertips export (underscored headers, no Time period range)", file.Dialect);
        Assert.Equal("Lower_CI_95.0_limit", file.ColumnName(ValueField.LowerCi));
        Assert.Equal("Timeperiod", file.ColumnName(ValueField.Period));
        Assert.Equal("Category_Type", file.ColumnName(ValueField.CategoryType));
        Assert.Equal("Value_note", file.ColumnName(ValueField.ValueNote));
        Assert.Equal(
            ["2012 - 14", "2013 - 17", "2015 - 17"],
            file.Records.Select(r => r[ValueField.Period] ?? "").Distinct().Order(StringComparer.Ordinal).ToArray());
    }

    [Theory]
    [InlineData("ons_sdg_data_updates__3-9-1_new_series_from_stable_link.Rwritecsv.csv")]
    [InlineData("ons_sdg_data_updates__3-9-1_old_series_from_stable_link.Rwritecsv.csv")]
    public void R_write_csv_files_with_dotted_headers_an_index_column_and_NA_are_read(string path)
    {
        var file = ReadValidTestFile(path);

        Assert.Equal("Fingertips export (dotted headers, as R's write.csv writes them, a row-number column first)", file.Dialect);
        Assert.Equal("Indicator.ID", file.ColumnName(ValueField.IndicatorKey));
        Assert.Equal("Upper.CI.95.0.limit", file.ColumnName(ValueField.UpperCi));
        Assert.Equal("Time.period.range", file.ColumnName(ValueField.TimePeriodRange));
        Assert.Contains(file.Records, r => r[ValueField.Count] == "NA");
        Assert.All(file.Records, r => Assert.Matches("^[0-9]+$", r[ValueField.IndicatorKey]));
    }

    [Fact]
    public void Column_not_used_is_ignored_without_a_warning()
    {
        var file = ReadValidTestFile("ons_sdg_data_updates__3-5-1_unmet_alcohol.csv");

        Assert.Equal("Fingertips export", file.Dialect);
        Assert.Empty(file.Warnings);
        Assert.True(file.Has(ValueField.TimePeriodRange));
        Assert.Equal(17, file.Records.Count);
    }

    [Fact]
    public void Counts_with_thousands_separators_stay_as_written()
    {
        var file = ReadValidTestFile("stapm_smkfreediv__Compare_areas.csv");

        var kent = Assert.Single(file.Records, r => r[ValueField.AreaCode] == Kent);
        Assert.Equal("169,384", kent[ValueField.Count]);
    }

    [Theory]
    [InlineData("la_kpi/ons_subnational-indicators__machine_readable.csv")]
    [InlineData("la_kpi/oflog-automated-text__adult_social_care.csv")]
    [InlineData("la_kpi/trafford_themes__obese_year6.csv")]
    [InlineData("metadata/fingertipsnext__DataCreator_out_indicators_padded_variant.csv")]
    public void Other_indicator_files_are_not_recognised(string path)
    {
        Assert.StartsWith(NotRecognised, Error(ReadTestFile(path)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("upload_format/fingertips-open/upload-new-data.csv", "PHOLIO")]
    [InlineData("upload_format/fingertips-open/upload-new-data-columns-different-case.csv", "PHOLIO")]
    [InlineData("upload_format/fingertips-open/upload-new-data-columns-different-order.csv", "PHOLIO")]
    [InlineData("upload_format/fingertips-open/upload-new-data-old-ci-names.csv", "PHOLIO")]
    [InlineData("upload_format/fingertipsnext/valid.csv", "FingertipsNext")]
    [InlineData("upload_format/fingertipsnext/ValidHeadersAndValidDataRowsWithEmptyLines.csv", "FingertipsNext")]
    public void Fingertips_upload_files_are_refused_with_their_own_message(string path, string format)
    {
        var error = Error(ReadTestFile(path));

        Assert.StartsWith($"This is a Fingertips upload file (the {format} format), which carries coded ids", error, StringComparison.Ordinal);
        Assert.Contains("export the data from Fingertips (or use the portal's template) instead", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_whose_first_sheet_is_notes_is_not_recognised_and_the_message_names_the_sheet()
    {
        var error = Error(ReadTestFile("upload_format/fingertips-open/indicator-upload-template.xlsx"));

        Assert.StartsWith(NotRecognised, error, StringComparison.Ordinal);
        Assert.EndsWith("The portal reads the first sheet of a workbook, here 'Notes'.", error, StringComparison.Ordinal);
    }
}
