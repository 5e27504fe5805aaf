using System.Text.RegularExpressions;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Testing.Web;
using Microsoft.Playwright;
using static KmIcs.Assurance.EndToEnd.Tests.BrowserJourney;

namespace KmIcs.Assurance.EndToEnd.Tests.Dashboards;

/// <summary>
/// An ICP member preparing for a meeting walks from the overview to an outcome, an indicator and a commitment in a
/// real browser, against the real Kent and Medway seed: every page is screenshotted, passes axe, and shows the same
/// content with JavaScript off.
/// </summary>
public partial class DashboardJourneyTests(PortalServerFixture portal) : IClassFixture<PortalServerFixture>
{
    private const string Tenant = "kent-medway";

    private Task<IPage> SignedInPageAsync(TestUser user, bool javaScriptEnabled = true) => BrowserJourney.SignedInPageAsync(portal.ServerAddress, user, javaScriptEnabled);

    private async Task<TestUser> MemberAsync(params string[] organisations) =>
        await portal.CreateUserAsync(await portal.SeededTenantAsync(Tenant), [TenantRole.Member], organisations);

    [Fact]
    public async Task A_member_drills_down_from_the_overview_to_an_outcome_an_indicator_and_a_commitment()
    {
        var page = await SignedInPageAsync(await MemberAsync());

        await page.GotoAsync($"/{Tenant}");
        await AssertHeadingAsync(page, "Kent and Medway Integrated Care Partnership");
        Assert.Equal(9, await page.Locator(".app-outcome-card").CountAsync());
        await AssertAccessibleAsync(page, "dashboard-overview");

        await page.GetByRole(AriaRole.Link, new() { Name = "Outcome 1: Give children and young people the best start in life" }).ClickAsync();
        await page.WaitForURLAsync("**/outcomes/1");
        await AssertHeadingAsync(page, "Give children and young people the best start in life");
        Assert.True(await page.Locator("table.app-indicator-table tbody tr").CountAsync() >= 20);
        await AssertAccessibleAsync(page, "dashboard-outcome-1");

        await page.Locator("table.app-indicator-table").GetByRole(AriaRole.Link, new() { Name = "1.1", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/indicators/1.1");
        await page.Locator("svg.app-chart__svg[role=img]").WaitForAsync();
        await AssertAccessibleAsync(page, "dashboard-indicator-1-1");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" }).GetByRole(AriaRole.Link, new() { Name = "Outcome 1" }).First.ClickAsync();
        await page.WaitForURLAsync("**/outcomes/1");
        await AssertHeadingAsync(page, "Give children and young people the best start in life");
        var commitment = page.Locator("tr[data-commitment] a").First;
        var text = (await commitment.InnerTextAsync()).Trim();
        await commitment.ClickAsync();
        await page.WaitForURLAsync("**/commitments/*");
        await AssertHeadingAsync(page, text);
        Assert.Contains("Strategies and plans in place to deliver it", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "dashboard-commitment");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_kpi_with_quarterly_figures_shows_its_trend_chart_target_line_and_values()
    {
        var page = await SignedInPageAsync(await MemberAsync());

        await page.GotoAsync($"/{Tenant}/indicators/PH03");
        Assert.True(await page.Locator("svg.app-chart__svg polyline").CountAsync() >= 1);
        Assert.Contains("Target", await page.Locator(".app-chart__legend").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "dashboard-indicator-ph03");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Filtering_the_indicator_list_by_text_and_rating_gives_the_same_list_live_or_by_the_apply_button(bool javaScriptEnabled)
    {
        var page = await SignedInPageAsync(await MemberAsync(), javaScriptEnabled);
        await page.GotoAsync($"/{Tenant}/indicators");
        var caption = page.Locator("main table caption").First;
        await Assertions.Expect(caption).ToHaveTextAsync("108 indicators");
        var search = page.GetByLabel("Reference or text");

        if (javaScriptEnabled)
        {
            // The filters are an interactive island: once its circuit is up it carries a live region, and typing
            // (then pausing) fetches the filtered list without a button, keeping focus in the box.
            var live = page.Locator("form.app-filters ~ [role=status]");
            await live.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
            await search.PressSequentiallyAsync("smok", new() { Delay = 60 });
            await page.WaitForURLAsync("**/indicators?q=smok", new() { Timeout = 30_000 });
            await Assertions.Expect(caption).Not.ToHaveTextAsync("108 indicators");
            await Assertions.Expect(live).ToHaveTextAsync(await caption.InnerTextAsync());
            Assert.Equal("q", await page.EvaluateAsync<string>("document.activeElement.id"));

            // The address changes as the fetch starts; the list is in when the caption changes.
            var before = await caption.InnerTextAsync();
            await page.GetByLabel("RAG rating").SelectOptionAsync("green");
            await page.WaitForURLAsync("**/indicators?rag=green&q=smok", new() { Timeout = 30_000 });
            await Assertions.Expect(caption).Not.ToHaveTextAsync(before, new() { Timeout = 30_000 });
            Assert.Equal("smok", await search.InputValueAsync());
        }
        else
        {
            await search.FillAsync("smok");
            await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
            await page.WaitForURLAsync("**q=smok**");
            await page.GetByLabel("RAG rating").SelectOptionAsync("green");
            await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
            await page.WaitForURLAsync("**rag=green**");
        }

        var rows = await page.Locator("table.app-indicator-table > tbody > tr").CountAsync();
        Assert.InRange(rows, 1, 107);
        await Assertions.Expect(caption).ToHaveTextAsync(rows == 1 ? "1 indicator" : $"{rows} indicators");
        if (javaScriptEnabled)
        {
            await AssertAccessibleAsync(page, "dashboard-indicators-live-filter");
        }
        else
        {
            await AssertAccessibleWithoutJavaScriptAsync(page, "dashboard-indicators-filter-no-js");
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Filters_search_and_my_organisation_pages_are_accessible()
    {
        var page = await SignedInPageAsync(await MemberAsync("Kent County Council"));

        await page.GotoAsync($"/{Tenant}/indicators");
        // With JavaScript the live filters fetch the list as soon as the rating is chosen (no button press).
        await page.Locator("form.app-filters ~ [role=status]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        await page.GetByLabel("RAG rating").SelectOptionAsync("amber");
        await page.WaitForURLAsync("**rag=amber**");
        await Assertions.Expect(page.Locator("main table caption").First).Not.ToHaveTextAsync("108 indicators");
        await AssertAccessibleAsync(page, "dashboard-indicators-amber");

        await page.GotoAsync($"/{Tenant}");
        await page.GetByRole(AriaRole.Link, new() { Name = "My organisation's commitments" }).ClickAsync();
        await page.WaitForURLAsync("**mine=true");
        await AssertHeadingAsync(page, "My organisation's commitments");
        Assert.True(await page.Locator("tr[data-commitment]").CountAsync() >= 1);
        await AssertAccessibleAsync(page, "dashboard-my-commitments");

        await page.GotoAsync($"/{Tenant}");
        await page.GetByLabel("Search commitments, plans and indicators").FillAsync("family hub");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.WaitForURLAsync("**/search?q=**");
        Assert.True(await page.Locator("tr[data-commitment]").CountAsync() >= 1);
        await AssertAccessibleAsync(page, "dashboard-search");

        await page.GotoAsync("/accessibility");
        await AssertAccessibleAsync(page, "accessibility-statement");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Every_dashboard_page_shows_the_same_content_and_passes_axe_with_javascript_off()
    {
        var user = await MemberAsync("Kent County Council");
        var withScript = await SignedInPageAsync(user);
        var withoutScript = await SignedInPageAsync(user, javaScriptEnabled: false);
        foreach (var url in new[]
        {
            $"/{Tenant}", $"/{Tenant}/outcomes/1", $"/{Tenant}/outcomes/E2", $"/{Tenant}/indicators/1.1", $"/{Tenant}/indicators/PH03",
            $"/{Tenant}/indicators?rag=amber", $"/{Tenant}/commitments?mine=true", $"/{Tenant}/search?q=smoking",
        })
        {
            await withScript.GotoAsync(url);
            await withoutScript.GotoAsync(url);

            Assert.Equal(await withScript.Locator("main").InnerTextAsync(), await withoutScript.Locator("main").InnerTextAsync());
            await AssertAccessibleWithoutJavaScriptAsync(withoutScript, "dashboard-no-javascript-" + Slug().Replace(url.Trim('/'), "-"));
        }

        await withScript.Context.CloseAsync();
        await withoutScript.Context.CloseAsync();
    }

    [GeneratedRegex("[^a-zA-Z0-9]+")]
    private static partial Regex Slug();
}
