using KmIcs.Assurance.Testing.Browser;

namespace KmIcs.Assurance.EndToEnd.Tests;

public class HomePageTests(PortalServerFixture portal) : IClassFixture<PortalServerFixture>
{
    [Fact]
    public async Task Home_page_renders_the_styled_nhs_header_and_has_no_accessibility_violations()
    {
        var page = await Chromium.NewPageAsync(portal.ServerAddress);

        var response = await page.GotoAsync("/");

        Assert.True(response?.Ok, $"GET / returned {response?.Status}");
        var header = page.Locator("header.nhsuk-header");
        Assert.Equal("Strategy Delivery Assurance", (await header.Locator(".nhsuk-header__service-name").InnerTextAsync()).Trim());
        // NHS blue (#005eb8) only appears if nhsuk-frontend's stylesheet really loaded.
        Assert.Equal("rgb(0, 94, 184)", await header.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        await Screenshots.SaveAsync(page, "home");
        Assert.Empty(await Accessibility.FindViolationsAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Home_page_reads_the_same_with_javascript_off()
    {
        var page = await Chromium.NewPageAsync(portal.ServerAddress, javaScriptEnabled: false);

        await page.GotoAsync("/");

        Assert.Equal("Strategy Delivery Assurance", (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Equal("rgb(0, 94, 184)", await page.Locator("header.nhsuk-header").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        Assert.Empty(await Accessibility.FindViolationsWithoutJavaScriptAsync(page));
        await page.Context.CloseAsync();
    }
}
