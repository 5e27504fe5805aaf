using System.Text;
using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Data.IndicatorValues;
using KmIcs.Assurance.Data.IndicatorValues.Files;
using KmIcs.Assurance.Data.IndicatorValues.ValueImports;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Periods;
using KmIcs.Assurance.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.Tests.IndicatorValues;

/// <summary>Files in: a preview first, then all or nothing; every row checked by the entry form's rules.</summary>
public class ValueImportServiceTests
{
    private const string Header = "Indicator ref,Period,Area code,Value,Lower CI,Upper CI,Count,Denominator,Provisional,Note,Source\r\n";

    [Theory, BothDatabases]
    public async Task A_template_file_previews_new_revised_and_unchanged_values_and_commits_them_with_provenance(DatabaseProvider provider)
    {
        await using var scenario = await ValuesScenario.CreateAsync(provider);
        var csv = Header
            + "1.3,2021/22,E54000032,13.2,,,,,no,,\r\n"               // the seeded figure, unchanged except its source
            + "1.3,2022/23,E54000032,12.9,12.1,13.7,,,no,,OHID\r\n" // new
            + "1.8,2021/22,E54000032,8.1,,,,,no,,OHID\r\n"          // revises the seeded 7.9
            + "1.8,2022/23,E92000001,9.0,,,,,yes,,OHID\r\n";        // new, England

        var import = await scenario.UploadCsvAsync(csv, "q1-update.csv");

        Assert.Equal(ValueImportStatus.Previewed, import.Status);
        Assert.Equal((4, 2, 2, 0, 0), (import.Rows, import.NewValues, import.RevisedValues, import.UnchangedValues, import.ErrorRows));
        Assert.Equal(0, (await scenario.ValuesAsync("1.8")).Count(v => v.Geography == "England"));

        var committed = await scenario.CommitAsync(import);

        Assert.Equal(ValueImportStatus.Committed, committed.Status);
        var values = await scenario.ValuesAsync("1.8");
        Assert.Equal(8.1m, values.Single(v => v.Geography == "Kent and Medway").Value);
        Assert.True(values.Single(v => v.Geography == "England").IsProvisional);
        await using var db = scenario.Context();
        var revisions = await db.Set<IndicatorValueRevision>().Where(r => r.ValueImportId == import.Id).ToListAsync();
        Assert.Equal(4, revisions.Count);
        Assert.All(revisions, r => Assert.Equal(("Imported from q1-update.csv", ValuesScenario.Analyst), (r.Reason, r.RecordedBy)));
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == AuditActions.ValuesImported);
        Assert.Contains("q1-update.csv", audit.Summary, StringComparison.Ordinal);
        Assert.Contains("2 new, 2 revised", audit.Summary, StringComparison.Ordinal);
        Assert.Null((await db.Set<ValueImport>().SingleAsync()).Content);
    }

    [Theory, BothDatabases]
    public async Task A_file_with_errors_names_each_row_and_column_and_is_refused_unless_only_valid_rows_are_chosen(DatabaseProvider provider)
    {
        await using var scenario = await ValuesScenario.CreateAsync(provider);
        var csv = Header
            + "1.3,2022/23,E54000032,12.9,,,,,no,,\r\n"
            + "1.3,2023/24,E54000032,n/a,,,,,no,,\r\n"
            + "9.99,2023/24,E54000032,5,,,,,no,,\r\n"
            + "1.3,2023,E54000032,5,,,,,no,,\r\n";
        var import = await scenario.UploadCsvAsync(csv);
        var preview = ValueImportService.PreviewOf(import)!;

        Assert.Equal(
            ["row 3, column Value: Value must be a number, like 12.5 ('n/a' is not)",
             "row 4, column Indicator ref: '9.99' is not the ref of an indicator of this partnership"],
            preview.Errors.Take(2).Select(e => e.ToString()));
        Assert.Equal((5, "Period"), (preview.Errors[2].Row, preview.Errors[2].Column));
        Assert.Equal(3, import.ErrorRows);

        await using (var db = scenario.Context())
        {
            var refused = await new ValueImportService(db).CommitAsync(import.Id, validRowsOnly: false, import.Version);
            Assert.Equal("valid-rows-only", Assert.Single(refused.Errors).Field);
        }

        Assert.DoesNotContain(await scenario.ValuesAsync("1.3"), v => v.Period == ReportingPeriod.FinancialYear(2022));
        var committed = await scenario.CommitAsync(import, validRowsOnly: true);
        Assert.True(committed.ValidRowsOnly);
        Assert.Contains(await scenario.ValuesAsync("1.3"), v => v.Period == ReportingPeriod.FinancialYear(2022) && v.Value == 12.9m);
    }

    [Theory, BothDatabases]
    public async Task A_cancelled_import_writes_nothing_and_forgets_the_upload(DatabaseProvider provider)
    {
        await using var scenario = await ValuesScenario.CreateAsync(provider);
        var before = await scenario.CountAsync<IndicatorValue>();
        var import = await scenario.UploadCsvAsync(Header + "1.3,2022/23,E54000032,12.9,,,,,no,,\r\n");

        await using (var db = scenario.Context())
        {
            Assert.True((await new ValueImportService(db).CancelAsync(import.Id)).Succeeded);
        }

        await using var check = scenario.Context();
        var stored = await check.Set<ValueImport>().SingleAsync();
        Assert.Equal((ValueImportStatus.Cancelled, (byte[]?)null), (stored.Status, stored.Content));
        Assert.Equal(before, await scenario.CountAsync<IndicatorValue>());
    }

    [Theory, BothDatabases]
    public async Task Exporting_every_value_and_importing_the_file_changes_nothing(DatabaseProvider provider)
    {
        await using var scenario = await ValuesScenario.CreateAsync(provider);
        var file = new MemoryStream();
        await using (var db = scenario.Context())
        {
            ValueFileWriter.WriteCsv(file, await new ValueExport(db).RowsAsync());
        }

        var import = await scenario.UploadAsync(file.ToArray(), "export.csv");

        Assert.Equal(ValueImportStatus.Previewed, import.Status);
        Assert.Equal((0, 0, 0), (import.NewValues, import.RevisedValues, import.ErrorRows));
        Assert.Equal(await scenario.CountAsync<IndicatorValue>(), import.UnchangedValues);
    }

    [Theory, BothDatabases]
    public async Task Kent_and_Medway_rows_of_a_fingertips_export_import_with_england_beside_them_and_breakdowns_skipped(DatabaseProvider provider)
    {
        await using var scenario = await ValuesScenario.CreateAsync(provider);
        // The Campylobacter export (indicator 93356, calendar years 2015 to 2017) mapped onto a logframe indicator.
        await scenario.MapAsync("3.7", "93356", IndicatorUnit.Rate, PeriodKind.CalendarYear);
        var bytes = await File.ReadAllBytesAsync(ValuesScenario.TestData("jargonautical_data-dev__indicators-CountyUA.data.csv"));

        var import = await scenario.UploadAsync(bytes, "indicators-CountyUA.data.csv");
        var preview = ValueImportService.PreviewOf(import)!;

        Assert.Equal(ValueImportStatus.Previewed, import.Status);
        Assert.Equal(0, import.ErrorRows);
        Assert.Contains(preview.Skipped, s => s.Reason.StartsWith("Broken down by", StringComparison.Ordinal));
        Assert.Contains(preview.Skipped, s => s.Reason.StartsWith("Age band 0-9 yrs", StringComparison.Ordinal));
        Assert.NotEmpty(preview.UnmappedAreas);
        await scenario.CommitAsync(import);

        var values = await scenario.ValuesAsync("3.7");
        var kent2017 = values.Single(v => v.Geography == "Kent" && v.Period == ReportingPeriod.CalendarYear(2017));
        var england2017 = values.Single(v => v.Geography == "England" && v.Period == ReportingPeriod.CalendarYear(2017));
        Assert.Equal("20170000", kent2017.SourcePeriodKey);
        Assert.Equal(ImportAnalyser.FingertipsSource, kent2017.Source);
        Assert.NotNull(england2017.Value);
        Assert.Contains(values, v => v.Geography == "Medway" && v.Period == ReportingPeriod.CalendarYear(2015));
    }

    [Theory, BothDatabases]
    public async Task Every_real_world_file_previews_or_is_refused_with_a_message_and_nothing_is_written(DatabaseProvider provider)
    {
        await using var scenario = await ValuesScenario.CreateAsync(provider);
        var before = await scenario.CountAsync<IndicatorValue>();
        var files = Directory.GetFiles(ValuesScenario.TestData(""), "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is not (".md" or ".tsv" or ".txt"))
            .Order(StringComparer.Ordinal)
            .ToList();

        foreach (var file in files)
        {
            var import = await scenario.UploadAsync(await File.ReadAllBytesAsync(file), Path.GetFileName(file));
            Assert.True(
                import.Status == ValueImportStatus.Previewed || (import.Status == ValueImportStatus.Failed && import.Message is { Length: > 20 }),
                $"{file}: {import.Status} {import.Message}");
        }

        Assert.True(files.Count >= 30);
        Assert.Equal(before, await scenario.CountAsync<IndicatorValue>());
    }

    [Theory, BothDatabases]
    public async Task Damaged_files_are_refused_with_a_message_and_leave_no_values(DatabaseProvider provider)
    {
        await using var scenario = await ValuesScenario.CreateAsync(provider);
        var before = await scenario.CountAsync<IndicatorValue>();
        var junk = new byte[20_000];
        new Random(13).NextBytes(junk);
        var wide = string.Join(",", Enumerable.Range(1, 1000).Select(i => $"c{i}")) + "\r\n";

        foreach (var (content, name) in new[]
        {
            (junk, "junk.csv"),
            (Encoding.UTF8.GetBytes(wide + wide), "wide.csv"),
            (Encoding.UTF8.GetBytes(Header.Replace(',', '|')), "pipes.csv"),
            (Encoding.UTF8.GetBytes(Header + "1.3,2022/23,E5400"), "truncated.csv"),
        })
        {
            var import = await scenario.UploadAsync(content, name);
            Assert.True(import.Status == ValueImportStatus.Failed || import.ErrorRows > 0, name);
            if (import.Status == ValueImportStatus.Previewed)
            {
                await using var db = scenario.Context();
                Assert.False((await new ValueImportService(db).CommitAsync(import.Id, false, import.Version)).Succeeded);
            }
        }

        Assert.Equal(before, await scenario.CountAsync<IndicatorValue>());
    }
}
