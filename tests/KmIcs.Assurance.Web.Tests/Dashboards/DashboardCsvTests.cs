using System.Text;

namespace KmIcs.Assurance.Web.Tests.Dashboards;

public class DashboardCsvTests(DashboardFixture portal) : IClassFixture<DashboardFixture>, IAsyncLifetime
{
    private const string Tenant = DashboardFixture.Tenant;

    public Task InitializeAsync() => portal.SetUpAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<(string ContentType, string? FileName, string[] Lines)> DownloadAsync(string url)
    {
        using var response = await portal.Member.GetAsync(url);
        response.EnsureSuccessStatusCode();
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        return (response.Content.Headers.ContentType!.MediaType!, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName,
            text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task An_outcomes_indicator_table_downloads_as_csv_with_one_row_per_indicator_and_each_judgement_named()
    {
        var page = await portal.Member.GetPageAsync($"/{Tenant}/outcomes/1");
        var (type, name, lines) = await DownloadAsync($"/{Tenant}/outcomes/1/indicators.csv");

        Assert.Equal("text/csv", type);
        Assert.Equal("kent-medway-outcome-1-indicators.csv", name);
        Assert.StartsWith("Set,Ref,Indicator,Area,Latest period,Latest value,Provisional,Target,Target period,Floor standard,RAG (against target and floor),", lines[0], StringComparison.Ordinal);
        Assert.Equal(page.QuerySelectorAll("table.app-indicator-table tbody tr").Length, lines.Length - 1);
    }

    [Fact]
    public async Task Indicator_values_download_with_numbers_unquoted()
    {
        var (_, _, lines) = await DownloadAsync($"/{Tenant}/indicators/PH03/values.csv");

        Assert.Equal("Ref,Period,Area,Value,Numerator,Denominator,Lower CI,Upper CI,Provisional,Source,Note", lines[0]);
        var first = lines[1].Split(',');
        Assert.Equal("PH03", first[0]);
        Assert.True(decimal.TryParse(first[3], System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _), lines[1]);
    }

    [Fact]
    public async Task An_outcomes_commitments_download_as_csv()
    {
        var page = await portal.Member.GetPageAsync($"/{Tenant}/outcomes/2");
        var (_, _, lines) = await DownloadAsync($"/{Tenant}/outcomes/2/commitments.csv");

        Assert.Equal("Outcome,Priority,Commitment,Plans,Led by,Status,Status decided", lines[0]);
        Assert.Equal(page.QuerySelectorAll("tr[data-commitment]").Length, lines.Length - 1);
    }
}
