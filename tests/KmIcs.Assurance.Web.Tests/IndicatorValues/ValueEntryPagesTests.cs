using System.Net;
using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.IndicatorValues;
using KmIcs.Assurance.Testing.Html;
using KmIcs.Assurance.Testing.Web;

namespace KmIcs.Assurance.Web.Tests.IndicatorValues;

/// <summary>What an analyst does by hand: set a target, enter a value, correct it, and see the dashboards judge the new figure.</summary>
public class ValueEntryPagesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string EntryForm = "form:has(input[name='Form.Value'])";
    private const string DetailsForm = "form:has(select[name='Details.Polarity'])";

    [Fact]
    public async Task An_analysts_target_and_values_change_the_rating_on_the_outcome_page()
    {
        using var data = await DataPartnership.CreateAsync(portal);
        Assert.Equal("no-target", await data.RagOnOutcomePageAsync());

        using var target = await data.AddTargetAsync();
        Assert.Equal(Links.Data.Indicator(data.Slug, data.IndicatorId, "target-added"), PortalClient.RedirectOf(target));
        Assert.Equal("amber", await data.RagOnOutcomePageAsync());

        using var saved = await data.Client.SubmitAsync(Links.Data.Value(data.Slug), EntryForm,
            ("Form.Indicator", data.IndicatorId.ToString()), ("Form.Period", "2023/24"), ("Form.Area", "Kent"), ("Form.Value", "72.4"),
            ("Form.LowerCi", "71.0"), ("Form.UpperCi", "73.9"), ("Form.Source", "OHID Fingertips"));
        Assert.Equal(Links.WithQuery(Links.Data.Value(data.Slug, data.IndicatorId, "2023/24", "Kent"), ("done", "saved")), PortalClient.RedirectOf(saved));
        Assert.Equal("green", await data.RagOnOutcomePageAsync());

        var audit = await portal.ReadAuditAsync();
        Assert.Contains(audit, a => a.TenantId == data.Tenant.Id && a.UserId == data.Analyst.Id && a.EntityType == "IndicatorValue" && a.After!.Contains("72.4", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_value_with_mistakes_shows_one_message_per_field_and_keeps_what_was_typed()
    {
        using var data = await DataPartnership.CreateAsync(portal);

        using var refused = await data.Client.SubmitAsync(Links.Data.Value(data.Slug), EntryForm,
            ("Form.Indicator", data.IndicatorId.ToString()), ("Form.Period", "Q7 2023"), ("Form.Area", "Atlantis"), ("Form.Value", "172.4"),
            ("Form.LowerCi", "71"), ("Form.Count", "30"), ("Form.Denominator", "20"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await PortalClient.ParseAsync(refused);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.Equal(["period", "area", "value", "upper-ci"], page.ErrorSummary().Select(e => e.Field).Take(4));
        Assert.Equal("'Atlantis' is not an area the portal knows: use an ONS code such as E10000016 or a name from the list", page.ErrorFor("area"));
        Assert.Equal("Value must be a percentage between 0 and 100", page.ErrorFor("value"));
        Assert.Equal("Enter the upper confidence limit as well as the lower one, or neither", page.ErrorFor("upper-ci"));
        Assert.Equal("Q7 2023", page.QuerySelector("#period")?.GetAttribute("value"));
        Assert.Equal("172.4", page.QuerySelector("#value")?.GetAttribute("value"));
        Assert.Equal(data.IndicatorId.ToString(), page.QuerySelector("#indicator option[selected]")?.GetAttribute("value"));

        using var outOfRangeCount = await data.Client.SubmitAsync(Links.Data.Value(data.Slug), EntryForm,
            ("Form.Indicator", data.IndicatorId.ToString()), ("Form.Period", "2023/24"), ("Form.Area", "Kent"), ("Form.Value", "60"),
            ("Form.LowerCi", "61"), ("Form.UpperCi", "65"), ("Form.Count", "30"), ("Form.Denominator", "20"));
        var second = await PortalClient.ParseAsync(outOfRangeCount);
        Assert.Equal("The confidence interval 61 to 65 must contain the value 60", second.ErrorFor("lower-ci"));
        Assert.Equal("Count must not be more than the denominator for a percentage", second.ErrorFor("count"));

        var indicatorPage = await data.Client.GetPageAsync(Links.Tenant.Indicator(data.Slug, "1.1"));
        Assert.DoesNotContain("2023/24", indicatorPage.Text("main"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Correcting_a_final_value_needs_a_reason_and_the_old_figure_stays_in_its_history()
    {
        using var data = await DataPartnership.CreateAsync(portal);
        var dataPage = Links.Data.Indicator(data.Slug, data.IndicatorId);
        Assert.Equal("65.8", Assert.Single((await data.Client.GetPageAsync(dataPage)).TableRows())["Value"]);
        var correction = Links.Data.Value(data.Slug, data.IndicatorId, "2022/23", "Kent");
        var form = await data.Client.GetPageAsync(correction);
        Assert.Equal("Correct a value", form.Heading());
        Assert.Equal("65.8", form.QuerySelector("#value")?.GetAttribute("value"));

        using var noReason = await data.Client.SubmitChangedAsync(form, correction, EntryForm, ("Form.Value", "66.2"));
        var refused = await PortalClient.ParseAsync(noReason);
        Assert.Equal("Enter the reason for correcting a final value", refused.ErrorFor("reason"));

        using var corrected = await data.Client.SubmitChangedAsync(form, correction, EntryForm, ("Form.Value", "66.2"), ("Form.Reason", "OHID revised the 2022/23 figure"));
        Assert.Equal(Links.WithQuery(correction, ("done", "saved")), PortalClient.RedirectOf(corrected));

        using var stale = await data.Client.SubmitChangedAsync(form, correction, EntryForm, ("Form.Value", "67.0"), ("Form.Reason", "A second try from an old tab"));
        var conflict = await PortalClient.ParseAsync(stale);
        Assert.Equal(ValueEntryService.StaleMessage, conflict.ErrorSummary()[0].Message);
        Assert.Equal("66.2", conflict.QuerySelector("#value")?.GetAttribute("value"));

        Assert.Equal("66.2 Revised", Assert.Single((await data.Client.GetPageAsync(dataPage)).TableRows())["Value"]);
        var indicatorPage = await data.Client.GetPageAsync(Links.Tenant.Indicator(data.Slug, "1.1"));
        var values = indicatorPage.QuerySelectorAll("main table").Single(t => t.Text("caption").StartsWith("Values of 1.1", StringComparison.Ordinal));
        var row = values.Rows().Single(r => r["Period"] == "2022/23");
        Assert.Equal("66 Revised", row["Value"][..10]);
        var history = string.Join(' ', indicatorPage.Text("main details").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("65.8, recorded by strategy seed", history, StringComparison.Ordinal);
        Assert.Contains("66.2, recorded by", history, StringComparison.Ordinal);
        Assert.Contains("OHID revised the 2022/23 figure", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_indicator_details_from_an_old_form_is_refused_and_shows_the_current_details()
    {
        using var data = await DataPartnership.CreateAsync(portal);
        var url = Links.Data.Indicator(data.Slug, data.IndicatorId);
        var first = await data.Client.GetPageAsync(url);

        using var saved = await data.Client.SubmitChangedAsync(first, url, DetailsForm,
            ("Details.Frequency", "Annual"), ("Details.Lag", "9"), ("Details.FingertipsIds", "90631"), ("Details.BenchmarkArea", "England"));
        Assert.Equal(Links.Data.Indicator(data.Slug, data.IndicatorId, "saved"), PortalClient.RedirectOf(saved));

        using var stale = await data.Client.SubmitChangedAsync(first, url, DetailsForm, ("Details.Lag", "3"));
        var page = await PortalClient.ParseAsync(stale);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.Equal("9", page.QuerySelector("#lag")?.GetAttribute("value"));
        Assert.Equal("90631", page.QuerySelector("#fingertips-ids")?.GetAttribute("value"));

        using var bad = await data.Client.SubmitChangedAsync(await data.Client.GetPageAsync(url), url, DetailsForm, ("Details.Lag", "-2"), ("Details.BenchmarkArea", "Narnia"));
        var badPage = await PortalClient.ParseAsync(bad);
        Assert.NotNull(badPage.ErrorFor("lag"));
        Assert.NotNull(badPage.ErrorFor("benchmark-area"));
        var audit = await portal.ReadAuditAsync();
        Assert.Single(audit, a => a.TenantId == data.Tenant.Id && a.EntityType == "Indicator" && a.Action == AuditActions.Updated);
    }
}
