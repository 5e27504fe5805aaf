using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Data.ProgressReporting;
using KmIcs.Assurance.Data.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static KmIcs.Assurance.EndToEnd.Tests.BrowserJourney;

namespace KmIcs.Assurance.EndToEnd.Tests.ProgressReporting;

/// <summary>A lead partner goes from "My updates" to a submitted update in a real browser; every page passes axe.</summary>
public class LeadPartnerJourneyTests(PortalServerFixture portal) : IClassFixture<PortalServerFixture>
{
    [Fact]
    public async Task A_lead_partner_saves_a_draft_fixes_a_problem_and_submits_for_review()
    {
        var tenant = await portal.CreateTenantAsync("lead-" + Guid.NewGuid().ToString("N")[..6], "Kent County Council");
        var commitment = await portal.CreateCommitmentAsync(tenant, "Kent County Council");
        var clerk = await portal.CreateUserAsync(tenant, [TenantRole.Clerk]);
        var lead = await portal.CreateUserAsync(tenant, [TenantRole.LeadPartner], ["Kent County Council"]);
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(tenant.Id, tenant.Slug);
            scope.ServiceProvider.GetRequiredService<CurrentActor>().Set(clerk.Id, "Clerk");
            var today = ReportingCalendar.Today(portal.Clock);
            var opened = await scope.ServiceProvider.GetRequiredService<ReportingRoundService>()
                .OpenAsync("Quarter 3 round", "Q3 2026/27", today.AddDays(-1), today.AddDays(20), new ActingUser(clerk.Id, "Clerk"));
            Assert.True(opened.Succeeded, string.Join("; ", opened.Errors));
        }

        var page = await BrowserJourney.SignedInPageAsync(portal.ServerAddress, lead);

        await page.GotoAsync($"/{tenant.Slug}");
        await page.GetByRole(AriaRole.Link, new() { Name = "My updates" }).First.ClickAsync();
        // Enhanced navigation changes the address before the new page is in: wait for its heading.
        await page.WaitForURLAsync("**/updates");
        await AssertHeadingAsync(page, "My updates");
        await AssertAccessibleAsync(page, "updates-mine");

        await page.Locator($"tr[data-commitment='{commitment}'] a", new() { HasTextString = "Start update" }).ClickAsync();
        await page.WaitForURLAsync($"**/updates/{commitment}/*");
        await page.GetByLabel("Risks and issues (optional)").FillAsync("Recruitment of family workers");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await page.Locator(".nhsuk-error-summary").WaitForAsync();
        Assert.Equal("There is a problem", (await page.Locator(".nhsuk-error-summary__heading").InnerTextAsync()).Trim());
        Assert.Equal("Recruitment of family workers", await page.GetByLabel("Risks and issues (optional)").InputValueAsync());
        await AssertAccessibleAsync(page, "updates-edit-errors");

        await page.GetByLabel("On track").CheckAsync();
        await page.GetByLabel("Progress", new() { Exact = true }).FillAsync("Hubs open in 12 districts");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save as draft" }).ClickAsync();
        await page.WaitForURLAsync("**/updates?done=saved");
        Assert.Contains("Draft saved.", await page.Locator(".nhsuk-notification-banner").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Draft", await page.Locator($"tr[data-commitment='{commitment}']").InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator($"tr[data-commitment='{commitment}'] a", new() { HasTextString = "Continue update" }).ClickAsync();
        await page.WaitForURLAsync($"**/updates/{commitment}/*");
        Assert.Equal("Hubs open in 12 districts", await page.GetByLabel("Progress", new() { Exact = true }).InputValueAsync());
        await AssertAccessibleAsync(page, "updates-edit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await page.WaitForURLAsync("**/updates?done=submitted");
        Assert.Contains("Update submitted for review.", await page.Locator(".nhsuk-notification-banner").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Submitted for review", await page.Locator($"tr[data-commitment='{commitment}']").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "updates-submitted");
        await page.Context.CloseAsync();
    }
}
