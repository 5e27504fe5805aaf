using KmIcs.Assurance.Testing.Html;
using KmIcs.Assurance.Testing.Web;

namespace KmIcs.Assurance.Web.Tests.IndicatorValues;

/// <summary>The analyst's overview: every indicator's latest data and schedule, narrowed by the dashboards' filters.</summary>
public class DataOverviewPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string DetailsForm = "form:has(select[name='Details.Polarity'])";

    [Fact]
    public async Task The_overview_lists_each_indicators_latest_period_by_area_and_flags_overdue_data_as_stale()
    {
        using var data = await DataPartnership.CreateAsync(portal);
        var details = Links.Data.Indicator(data.Slug, data.IndicatorId);
        using var saved = await data.Client.SubmitChangedAsync(await data.Client.GetPageAsync(details), details, DetailsForm, ("Details.Frequency", "Annual"), ("Details.Lag", "6"));
        Assert.NotNull(PortalClient.RedirectOf(saved));

        var page = await data.Client.GetPageAsync(Links.Data.Index(data.Slug));
        var row = Assert.Single(page.TableRows());
        Assert.Equal(("1.1", "Kent: 2022/23", "0"), (row["Ref"], row["Latest period by area"], row["Provisional"]));
        // 2022/23 ends on 31 March 2023; yearly data published six months after its year was due by 30 September 2024.
        Assert.Equal("30 September 2024 Stale", row["Next data expected"]);

        var stale = await data.Client.GetPageAsync(Links.Data.Index(data.Slug, "stale"));
        Assert.Single(stale.TableRows());
        var noData = await data.Client.GetPageAsync(Links.Data.Index(data.Slug, "no-data"));
        Assert.Empty(noData.TableRows());
    }

    [Theory]
    [InlineData("?q=1.1", 1)]
    [InlineData("?q=children+ready", 1)]
    [InlineData("?q=smoking", 0)]
    [InlineData("?outcome=1", 1)]
    [InlineData("?outcome=2", 0)]
    [InlineData("?set=service-kpi", 0)]
    [InlineData("?show=provisional", 0)]
    [InlineData("?show=junk&outcome=%00&set=%3Cb%3E", 1)]
    public async Task The_dashboards_filters_narrow_the_overview_and_unknown_values_are_ignored(string query, int rows)
    {
        using var data = await DataPartnership.CreateAsync(portal);

        var page = await data.Client.GetPageAsync(Links.Data.Index(data.Slug) + query);

        Assert.Equal(rows, page.TableRows().Count);
        Assert.Equal($"Indicators ({rows})", page.Text("main table caption"));
    }
}
