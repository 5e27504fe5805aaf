using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Periods;
using KmIcs.Assurance.Domain.Strategies;
using KmIcs.Assurance.Testing;
using KmIcs.Assurance.Testing.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static KmIcs.Assurance.EndToEnd.Tests.BrowserJourney;

namespace KmIcs.Assurance.EndToEnd.Tests.IndicatorValues;

/// <summary>
/// A public health analyst gets data into the portal in a real browser: a value typed in with a mistake, corrected,
/// and judged on the outcome page; a real Fingertips export previewed and committed, and charted beside England.
/// Every page is screenshotted and passes axe.
/// </summary>
public class AnalystJourneyTests(PortalServerFixture portal) : IClassFixture<PortalServerFixture>
{
    private const string Seeded = "kent-medway";

    /// <summary>OHID's local tobacco control profile for the South East, 2019: Kent, Medway and England among others.</summary>
    private static readonly string TobaccoProfile = Path.Combine(RepositoryRoot.Find(), "tests", "testdata", "fingertips", "stapm_smkfreediv__local_tobacco_profiles_southeast_2019.csv");

    [Fact]
    public async Task An_analyst_enters_a_value_with_a_mistake_corrects_it_and_sees_the_rating_change_on_the_outcome_page()
    {
        var analyst = await portal.CreateUserAsync(await portal.SeededTenantAsync(Seeded), [TenantRole.Analyst]);
        var page = await SignedInPageAsync(portal.ServerAddress, analyst);

        await page.GotoAsync($"/{Seeded}/outcomes/1");
        Assert.Equal("amber", await page.Locator("tr[data-ref='1.1']").GetAttributeAsync("data-rag"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Data", Exact = true }).ClickAsync();
        await AssertHeadingAsync(page, "Indicator data");
        await AssertAccessibleAsync(page, "data-overview");

        await page.GetByRole(AriaRole.Link, new() { Name = "1.1", Exact = true }).ClickAsync();
        await AssertHeadingAsync(page, "Data for 1.1");
        await AssertAccessibleAsync(page, "data-indicator-1-1");

        await page.GetByRole(AriaRole.Link, new() { Name = "Enter a value" }).ClickAsync();
        await AssertHeadingAsync(page, "Enter a value");
        await page.GetByLabel("Period").FillAsync("2023/24");
        await page.GetByLabel("Area").SelectOptionAsync(new SelectOptionValue { Label = "Kent and Medway (E54000032)" });
        await page.GetByLabel("Value").FillAsync("72.1");
        await page.GetByLabel("Lower 95% confidence limit (optional)").FillAsync("73");
        await page.GetByLabel("Upper 95% confidence limit (optional)").FillAsync("75");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save value" }).ClickAsync();
        await page.Locator(".nhsuk-error-summary").WaitForAsync();
        Assert.Equal("The confidence interval 73 to 75 must contain the value 72.1", (await page.Locator(".nhsuk-error-summary__list li").First.InnerTextAsync()).Trim());
        Assert.Equal("72.1", await page.GetByLabel("Value").InputValueAsync());
        await AssertAccessibleAsync(page, "data-enter-value-errors");

        await page.GetByLabel("Lower 95% confidence limit (optional)").FillAsync("70.6");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save value" }).ClickAsync();
        // The banner, not the address: waiting for the redirect's load event timed out once with the browser tests of
        // other classes sharing both cores; the banner is what the analyst waits for, with room for a loaded machine.
        await Assertions.Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Value saved.", new() { Timeout = 60_000 });
        Assert.Contains("done=saved", page.Url, StringComparison.Ordinal);
        await AssertHeadingAsync(page, "Correct a value");
        await AssertAccessibleAsync(page, "data-value-saved");

        await page.GotoAsync($"/{Seeded}/outcomes/1");
        var row = page.Locator("tr[data-ref='1.1']");
        Assert.Equal("green", await row.GetAttributeAsync("data-rag"));
        Assert.Contains("2023/24", await row.InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "data-outcome-after-entry");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_analyst_maps_a_fingertips_id_imports_the_export_and_sees_kent_charted_beside_england(bool javaScriptEnabled)
    {
        var tenant = await portal.CreateTenantAsync("smoke-" + Guid.NewGuid().ToString("N")[..6], "Kent County Council");
        await portal.CreateCommitmentAsync(tenant, "Kent County Council");
        await CreateSmokingIndicatorAsync(tenant);
        var analyst = await portal.CreateUserAsync(tenant, [TenantRole.Analyst]);
        var page = await SignedInPageAsync(portal.ServerAddress, analyst, javaScriptEnabled);
        var shot = javaScriptEnabled ? "data-import" : "data-import-no-js";

        await page.GotoAsync($"/{tenant.Slug}/data");
        await page.GetByRole(AriaRole.Link, new() { Name = "S1", Exact = true }).ClickAsync();
        await AssertHeadingAsync(page, "Data for S1");
        await page.GetByLabel("Fingertips indicator ids (optional)").FillAsync("92443");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save details" }).ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Indicator details saved.", new() { Timeout = 60_000 });
        Assert.Equal("92443", await page.GetByLabel("Fingertips indicator ids (optional)").InputValueAsync());

        await page.GotoAsync($"/{tenant.Slug}/data/imports");
        await AssertHeadingAsync(page, "Import values");
        await page.GetByLabel("File to import").SetInputFilesAsync(TobaccoProfile);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and check" }).ClickAsync();
        await AssertHeadingAsync(page, "Import of stapm_smkfreediv__local_tobacco_profiles_southeast_2019.csv");
        var main = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Fingertips", await page.Locator(".nhsuk-summary-list").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Fingertips indicator ids not mapped to an indicator here", main, StringComparison.Ordinal);
        Assert.Contains("92304", main, StringComparison.Ordinal);
        await CheckAsync(page, shot + "-preview", javaScriptEnabled);

        await page.GetByRole(AriaRole.Button, new() { Name = "Commit import" }).ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-notification-banner--success")).ToContainTextAsync("Imported:", new() { Timeout = 60_000 });
        await CheckAsync(page, shot + "-committed", javaScriptEnabled);

        await page.GotoAsync($"/{tenant.Slug}/indicators/S1");
        var legend = await page.Locator(".app-chart__legend").InnerTextAsync();
        Assert.Contains("Kent", legend, StringComparison.Ordinal);
        Assert.Contains("England", legend, StringComparison.Ordinal);
        Assert.Contains("Similar to England", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await CheckAsync(page, shot + "-indicator", javaScriptEnabled);
        await page.Context.CloseAsync();
    }

    /// <summary>axe runs as a script, so without JavaScript the page is only screenshotted; the same pages pass axe with it on.</summary>
    private static Task CheckAsync(IPage page, string screenshot, bool javaScriptEnabled) =>
        javaScriptEnabled ? AssertAccessibleAsync(page, screenshot) : AssertAccessibleWithoutJavaScriptAsync(page, screenshot);

    /// <summary>
    /// Adult smoking prevalence for Kent and Medway (lower is better), a 12% target for Kent by 2028, and no values yet:
    /// the kind of indicator an analyst fills from Fingertips.
    /// </summary>
    private async Task CreateSmokingIndicatorAsync(TestTenant tenant)
    {
        await using var db = portal.CreateContext(tenant);
        var outcome = await db.Set<Outcome>().SingleAsync(o => o.Number == "1");
        var indicator = new Indicator
        {
            Ref = "S1",
            Statement = "Smoking prevalence in adults (18+): current smokers",
            OutcomeId = outcome.Id,
            Polarity = Polarity.LowerIsBetter,
            Unit = IndicatorUnit.Percent,
            Decimals = 1,
        };
        indicator.Geographies.Add(new IndicatorGeography { IndicatorId = indicator.Id, Name = "Kent" });
        indicator.Geographies.Add(new IndicatorGeography { IndicatorId = indicator.Id, Name = "Medway", DisplayOrder = 1 });
        indicator.Targets.Add(new IndicatorTarget { IndicatorId = indicator.Id, Geography = "Kent", Period = ReportingPeriod.CalendarYear(2028), Value = 12m, EffectiveFrom = new DateOnly(2023, 4, 1) });
        db.Add(indicator);
        await db.SaveChangesAsync();
    }
}
