using System.Net;
using System.Text;
using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Testing.Html;
using KmIcs.Assurance.Testing.Web;

namespace KmIcs.Assurance.Web.Tests.IndicatorValues;

/// <summary>An analyst's file import through the pages: upload, preview with its errors, commit or cancel; and the downloads.</summary>
public class ImportPagesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string UploadForm = "form[enctype='multipart/form-data']";
    private const string CommitForm = "form:has(input[name='Commit.Version'])";
    private const string CancelForm = "form:has(input[name='Cancel.Confirm'])";
    private const string Header = "Indicator ref,Period,Area code,Value,Lower CI,Upper CI,Count,Denominator,Provisional,Note,Source\r\n";

    [Fact]
    public async Task A_file_with_a_bad_row_is_previewed_by_row_and_column_and_imports_only_when_the_valid_rows_are_chosen()
    {
        using var data = await DataPartnership.CreateAsync(portal);
        using var target = await data.AddTargetAsync();
        Assert.NotNull(PortalClient.RedirectOf(target));
        var csv = Header
            + "1.1,2023/24,E10000016,72.4,71.0,73.9,,,no,,OHID Fingertips\r\n"
            + "1.1,2024/25,E10000016,n/a,,,,,no,,\r\n"
            + "1.1,2023/24,E92000001,70.1,,,,,no,,OHID Fingertips\r\n";

        using var uploaded = await data.Client.UploadAsync(Links.Data.Imports(data.Slug), UploadForm, "file", "q1 update.csv", Encoding.UTF8.GetBytes(csv));
        var importUrl = PortalClient.RedirectOf(uploaded);
        Assert.Matches($"^/{data.Slug}/data/imports/[0-9a-f-]{{36}}$", importUrl);

        var preview = await data.Client.GetPageAsync(importUrl!);
        Assert.Equal("Import of q1 update.csv", preview.Heading());
        Assert.Equal("Waiting for you", preview.Text("main .nhsuk-tag"));
        var counts = preview.SummaryRows();
        Assert.Equal(("2", "0", "0", "1"), (counts["New values"], counts["Revised values"], counts["Unchanged"], counts["Rows with errors"]));
        var errors = preview.TableRows("main [aria-label='Rows with errors'] table");
        Assert.Equal("3", Assert.Single(errors)["Row"]);
        Assert.Equal("Value", errors[0]["Column"]);
        Assert.Equal("Value must be a number, like 12.5 ('n/a' is not)", errors[0]["Problem"]);

        using var refused = await data.Client.SubmitAsync(importUrl!, CommitForm);
        var refusedPage = await PortalClient.ParseAsync(refused);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("valid-rows-only", Assert.Single(refusedPage.ErrorSummary()).Field);
        Assert.Equal("amber", await data.RagOnOutcomePageAsync());

        using var committed = await data.Client.SubmitAsync(importUrl!, CommitForm, ("Commit.ValidRowsOnly", "yes"));
        Assert.Equal(importUrl, PortalClient.RedirectOf(committed));
        var done = await data.Client.GetPageAsync(importUrl!);
        Assert.Equal("Imported: 2 new and 0 revised values.", done.Text(".nhsuk-notification-banner--success .nhsuk-notification-banner__heading"));
        Assert.Null(done.QuerySelector(CommitForm));
        Assert.Equal("green", await data.RagOnOutcomePageAsync());

        var list = await data.Client.GetPageAsync(Links.Data.Imports(data.Slug));
        var row = Assert.Single(list.TableRows());
        Assert.Equal(("q1 update.csv", "2", "1"), (row["File"], row["New"], row["Rows with errors"]));

        var audit = (await portal.ReadAuditAsync()).Where(a => a.TenantId == data.Tenant.Id).ToList();
        var summary = Assert.Single(audit, a => a.Action == AuditActions.ValuesImported).Summary;
        Assert.Contains("q1 update.csv", summary, StringComparison.Ordinal);
        Assert.Contains("2 new, 0 revised", summary, StringComparison.Ordinal);
        Assert.Contains("1 rows with errors left out at the analyst's choice", summary, StringComparison.Ordinal);
        Assert.Equal(2, audit.Count(a => a.EntityType == "IndicatorValue" && a.Action == AuditActions.Created && a.UserId == data.Analyst.Id));
    }

    [Fact]
    public async Task A_cancelled_import_saves_nothing_and_cannot_then_be_committed()
    {
        using var data = await DataPartnership.CreateAsync(portal);
        using var uploaded = await data.Client.UploadAsync(Links.Data.Imports(data.Slug), UploadForm, "file", "values.csv",
            Encoding.UTF8.GetBytes(Header + "1.1,2023/24,E10000016,72.4,,,,,no,,\r\n"));
        var importUrl = PortalClient.RedirectOf(uploaded)!;
        var preview = await data.Client.GetPageAsync(importUrl);

        using var cancelled = await data.Client.SubmitAsync(preview, importUrl, CancelForm, []);
        Assert.Equal(importUrl, PortalClient.RedirectOf(cancelled));
        var page = await data.Client.GetPageAsync(importUrl);
        Assert.Contains("This import was cancelled. Nothing was saved.", page.Text("main"), StringComparison.Ordinal);

        using var late = await data.Client.SubmitAsync(preview, importUrl, CommitForm, []);
        var latePage = await PortalClient.ParseAsync(late);
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Equal("This import was cancelled, so nothing was imported. Upload the file again to import it", Assert.Single(latePage.ErrorSummary()).Message);
        Assert.Null(latePage.QuerySelector(CommitForm));
        var indicatorPage = await data.Client.GetPageAsync(Links.Tenant.Indicator(data.Slug, "1.1"));
        Assert.DoesNotContain("2023/24", indicatorPage.Text("main"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uploading_without_a_file_or_an_unreadable_one_says_what_is_wrong()
    {
        using var data = await DataPartnership.CreateAsync(portal);

        using var none = await data.Client.SubmitAsync(Links.Data.Imports(data.Slug), UploadForm);
        var nonePage = await PortalClient.ParseAsync(none);
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        Assert.Equal("Select a CSV or Excel file", nonePage.ErrorFor("file"));

        using var junk = await data.Client.UploadAsync(Links.Data.Imports(data.Slug), UploadForm, "file", "photo.csv", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 1, 2, 3]);
        var importUrl = PortalClient.RedirectOf(junk)!;
        var failed = await data.Client.GetPageAsync(importUrl);
        Assert.Equal("Nothing was imported", failed.Text("#failed-title"));
        Assert.NotEqual("", failed.Text("[aria-labelledby=failed-title] .nhsuk-error-summary__body"));
        Assert.Null(failed.QuerySelector(CommitForm));
    }

    [Fact]
    public async Task The_template_lists_the_partnerships_indicators_and_the_export_holds_its_values()
    {
        using var data = await DataPartnership.CreateAsync(portal);

        using var template = await data.Client.GetAsync(Links.Data.Template(data.Slug, "csv"));
        Assert.Equal("text/csv", template.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", template.Content.Headers.ContentDisposition?.DispositionType);
        var templateLines = (await template.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Header.TrimEnd(), templateLines[0]);
        Assert.Contains(templateLines.Skip(1), l => l.StartsWith("1.1,", StringComparison.Ordinal));

        using var workbook = await data.Client.GetAsync(Links.Data.Template(data.Slug, "xlsx"));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.Content.Headers.ContentType?.MediaType);
        Assert.Equal("PK"u8.ToArray(), (await workbook.Content.ReadAsByteArrayAsync())[..2]);

        using var export = await data.Client.GetAsync(Links.Data.Export(data.Slug));
        var exportLines = (await export.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Header.TrimEnd(), exportLines[0]);
        Assert.StartsWith("1.1,2022/23,E10000016,65.8,", Assert.Single(exportLines.Skip(1)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fingertips_export_imports_onto_the_indicator_mapped_to_its_id_with_england_beside_kent()
    {
        using var data = await DataPartnership.CreateAsync(portal);
        var details = Links.Data.Indicator(data.Slug, data.IndicatorId);
        using var mapped = await data.Client.SubmitChangedAsync(await data.Client.GetPageAsync(details), details, "form:has(select[name='Details.Polarity'])", ("Details.FingertipsIds", "92443"), ("Details.PeriodKind", "CalendarYear"));
        Assert.NotNull(PortalClient.RedirectOf(mapped));
        var file = await File.ReadAllBytesAsync(Path.Combine(Testing.RepositoryRoot.Find(), "tests", "testdata", "fingertips", "stapm_smkfreediv__local_tobacco_profiles_southeast_2019.csv"));

        using var uploaded = await data.Client.UploadAsync(Links.Data.Imports(data.Slug), UploadForm, "file", "tobacco.csv", file);
        var importUrl = PortalClient.RedirectOf(uploaded)!;
        var preview = await data.Client.GetPageAsync(importUrl);
        Assert.Equal("20", preview.SummaryRows()["New values"]);
        using var committed = await data.Client.SubmitAsync(preview, importUrl, CommitForm, []);
        Assert.Equal(importUrl, PortalClient.RedirectOf(committed));

        var indicatorPage = await data.Client.GetPageAsync(Links.Tenant.Indicator(data.Slug, "1.1"));
        var legend = indicatorPage.Text(".app-chart__legend");
        Assert.Contains("Kent", legend, StringComparison.Ordinal);
        Assert.Contains("England", legend, StringComparison.Ordinal);
    }
}
