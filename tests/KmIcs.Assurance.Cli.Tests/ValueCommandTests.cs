using System.Text;
using KmIcs.Assurance.Data;
using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Data.Tenancy;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Periods;
using KmIcs.Assurance.Domain.Tenancy;
using KmIcs.Assurance.Testing;
using KmIcs.Assurance.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Cli.Tests;

/// <summary>Scheduled loads from the command line: import-values and export-values on the seeded Kent and Medway tenant.</summary>
public class ValueCommandTests
{
    private const string Header = "Indicator ref,Period,Area code,Value,Lower CI,Upper CI,Count,Denominator,Provisional,Note,Source\r\n";

    /// <summary>Indicator 1.3 is a percentage by financial year; the seed has 13.2 for 2021/22 only.</summary>
    private const string GoodRow = "1.3,2022/23,E54000032,12.9,,,,,no,,OHID\r\n";

    private const string BadRow = "1.3,2023/24,E54000032,n/a,,,,,no,,OHID\r\n";

    [Theory, BothDatabases]
    public async Task Export_values_then_import_values_of_that_file_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var file = TempFile(".csv");

        var export = await RunAsync(database, "export-values", "--tenant", "kent-medway", "--out", file);
        var import = await RunAsync(database, "import-values", "--tenant", "kent-medway", "--file", file);

        Assert.True(export.Code == 0, export.Error);
        Assert.Contains($"Wrote {await CountValuesAsync(database)} values to {file}.", export.Output, StringComparison.Ordinal);
        Assert.True(import.Code == 0, import.Error);
        Assert.Contains("Imported: 0 new, 0 revised,", import.Output, StringComparison.Ordinal);
        File.Delete(file);
    }

    [Theory, BothDatabases]
    public async Task A_file_with_a_bad_row_is_refused_with_its_row_and_column_and_nothing_is_written(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var file = await CsvAsync(Header + GoodRow + BadRow);
        var before = await CountValuesAsync(database);

        var (code, output, error) = await RunAsync(database, "import-values", "--tenant", "kent-medway", "--file", file);

        Assert.Equal(1, code);
        Assert.Contains("row 3, column Value: Value must be a number", output, StringComparison.Ordinal);
        Assert.Contains("--valid-rows-only", error, StringComparison.Ordinal);
        Assert.Equal(before, await CountValuesAsync(database));
        Assert.Equal([ValueImportStatus.Cancelled], await ImportStatusesAsync(database));
        File.Delete(file);
    }

    [Theory, BothDatabases]
    public async Task Valid_rows_only_imports_the_good_row_of_a_file_with_a_bad_one(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var file = await CsvAsync(Header + GoodRow + BadRow);

        var (code, output, error) = await RunAsync(database, "import-values", "--tenant", "kent-medway", "--file", file, "--valid-rows-only");

        Assert.True(code == 0, error);
        Assert.Contains("row 3, column Value:", output, StringComparison.Ordinal);
        Assert.Contains("Imported: 1 new, 0 revised, 0 unchanged.", output, StringComparison.Ordinal);
        await using var db = await TenantContextAsync(database);
        var indicator = await db.Set<Indicator>().SingleAsync(i => i.Ref == "1.3");
        var stored = await db.Set<IndicatorValue>().SingleAsync(v => v.IndicatorId == indicator.Id && v.Period == ReportingPeriod.FinancialYear(2022));
        Assert.Equal(12.9m, stored.Value);
        Assert.Equal("cli import-values", (await db.Set<ValueImport>().SingleAsync()).UploadedBy);
        File.Delete(file);
    }

    [Theory, BothDatabases]
    public async Task A_dry_run_prints_the_preview_and_writes_nothing(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var file = await CsvAsync(Header + GoodRow);
        var before = await CountValuesAsync(database);

        var (code, output, error) = await RunAsync(database, "import-values", "--tenant", "kent-medway", "--file", file, "--dry-run");

        Assert.True(code == 0, error);
        Assert.Contains("Format: Portal template", output, StringComparison.Ordinal);
        Assert.Contains("1 new", output, StringComparison.Ordinal);
        Assert.Contains("Dry run", output, StringComparison.Ordinal);
        Assert.Equal(before, await CountValuesAsync(database));
        Assert.Equal([ValueImportStatus.Cancelled], await ImportStatusesAsync(database));
        File.Delete(file);
    }

    [Theory, BothDatabases]
    public async Task Every_error_is_printed_up_to_the_ones_the_import_keeps_and_the_rest_are_counted(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var file = await CsvAsync(Header + string.Concat(Enumerable.Repeat(BadRow, 501)));

        var (code, output, _) = await RunAsync(database, "import-values", "--tenant", "kent-medway", "--file", file, "--dry-run");

        Assert.Equal(1, code);
        Assert.Contains("Errors: 501 in 501 rows", output, StringComparison.Ordinal);
        Assert.Contains("row 501, column Value:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("row 502, column Value:", output, StringComparison.Ordinal);
        Assert.Contains("… and 1 more", output, StringComparison.Ordinal);
        File.Delete(file);
    }

    [Theory, BothDatabases]
    public async Task A_file_of_another_format_than_the_one_asked_for_is_refused_and_cancelled(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var file = await CsvAsync(Header + GoodRow);

        var (code, _, error) = await RunAsync(database, "import-values", "--tenant", "kent-medway", "--file", file, "--format", "fingertips");

        Assert.Equal(1, code);
        Assert.Contains("is the portal's template, not a Fingertips export", error, StringComparison.Ordinal);
        Assert.Equal([ValueImportStatus.Cancelled], await ImportStatusesAsync(database));
        File.Delete(file);
    }

    [Theory, BothDatabases]
    public async Task A_file_that_is_not_recognised_is_refused_with_the_reason(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var file = Path.Combine(RepositoryRoot.Find(), "tests", "testdata", "fingertips", "la_kpi", "trafford_themes__obese_year6.csv");

        var (code, _, error) = await RunAsync(database, "import-values", "--tenant", "kent-medway", "--file", file);

        Assert.Equal(1, code);
        Assert.Contains("trafford_themes__obese_year6.csv: This is not a recognised format", error, StringComparison.Ordinal);
        Assert.Equal([ValueImportStatus.Cancelled], await ImportStatusesAsync(database));
    }

    [Theory, BothDatabases]
    public async Task An_unknown_tenant_is_refused_with_a_message(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await RunAsync(database, "migrate");
        var file = await CsvAsync(Header + GoodRow);

        var import = await RunAsync(database, "import-values", "--tenant", "nowhere", "--file", file);
        var export = await RunAsync(database, "export-values", "--tenant", "nowhere", "--out", TempFile(".csv"));

        Assert.NotEqual(0, import.Code);
        Assert.Contains("There is no tenant 'nowhere'.", import.Error, StringComparison.Ordinal);
        Assert.NotEqual(0, export.Code);
        Assert.Contains("There is no tenant 'nowhere'.", export.Error, StringComparison.Ordinal);
        File.Delete(file);
    }

    /// <summary>A migrated database with the real Kent and Medway tenant, seeded by the CLI from the copy next to it.</summary>
    private static async Task<TestDatabase> SeededAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var seed = await RunAsync(database, "seed", "--tenant", "kent-medway");
        Assert.True(seed.Code == 0, seed.Error);
        return database;
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(TestDatabase database, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApplication.RunAsync(
            [.. args, "--provider", database.Provider.ToString(), "--connection", database.Connection.ConnectionString], output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static async Task<AssuranceDbContext> TenantContextAsync(TestDatabase database)
    {
        await using var lookup = database.CreateContext();
        var tenant = await lookup.Set<Tenant>().SingleAsync(t => t.Slug == "kent-medway");
        var current = new CurrentTenant();
        current.Set(tenant.Id, tenant.Slug);
        return database.CreateContext(current);
    }

    private static async Task<int> CountValuesAsync(TestDatabase database)
    {
        await using var db = await TenantContextAsync(database);
        return await db.Set<IndicatorValue>().CountAsync();
    }

    private static async Task<List<ValueImportStatus>> ImportStatusesAsync(TestDatabase database)
    {
        await using var db = await TenantContextAsync(database);
        return await db.Set<ValueImport>().Select(i => i.Status).ToListAsync();
    }

    private static string TempFile(string extension) => Path.Combine(Path.GetTempPath(), $"kmics-values-{Guid.NewGuid():N}{extension}");

    private static async Task<string> CsvAsync(string text)
    {
        var file = TempFile(".csv");
        await File.WriteAllTextAsync(file, text, Encoding.UTF8);
        return file;
    }
}
