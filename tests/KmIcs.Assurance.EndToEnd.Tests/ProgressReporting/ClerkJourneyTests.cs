using System.Globalization;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Domain.ProgressReporting;
using KmIcs.Assurance.Testing.Web;
using KmIcs.Assurance.Web;
using Microsoft.Playwright;
using static KmIcs.Assurance.EndToEnd.Tests.BrowserJourney;

namespace KmIcs.Assurance.EndToEnd.Tests.ProgressReporting;

/// <summary>
/// A committee clerk runs a reporting round in a real browser: opens it (after a mistake the error summary points
/// out), waits for a lead partner's update (submitted through the services here), finds it in the review queue and
/// approves it. Every page is screenshotted and passes axe (WCAG 2.2 AA).
/// </summary>
public class ClerkJourneyTests(PortalServerFixture portal) : IClassFixture<PortalServerFixture>
{
    private const string Kent = "Kent County Council";
    private const string Medway = "Medway Council";

    private Task<IPage> SignedInPageAsync(TestUser user) => BrowserJourney.SignedInPageAsync(portal.ServerAddress, user);

    private static async Task FillDateAsync(IPage page, string id, DateOnly date)
    {
        await page.Locator($"#{id}-day").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{id}-month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{id}-year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_clerk_opens_a_round_and_approves_a_lead_partners_submitted_update()
    {
        var tenant = await portal.CreateTenantAsync("e2e-" + Guid.NewGuid().ToString("N")[..6], Kent, Medway);
        var clerk = await portal.CreateUserAsync(tenant, [TenantRole.Clerk]);
        var kentLead = (await portal.CreateUserAsync(tenant, [TenantRole.LeadPartner], [Kent])).Acting("Kelly Kent");
        var medwayLead = (await portal.CreateUserAsync(tenant, [TenantRole.LeadPartner], [Medway])).Acting("Mo Medway");
        var kentCommitment = await portal.CreateCommitmentAsync(tenant, Kent);
        var sharedCommitment = await portal.CreateCommitmentAsync(tenant, Kent, Medway);
        var today = portal.Today();
        var page = await SignedInPageAsync(clerk);

        await page.GetByRole(AriaRole.Link, new() { Name = "Reporting rounds", Exact = true }).ClickAsync();
        await AssertHeadingAsync(page, "Reporting rounds");
        await AssertAccessibleAsync(page, "rounds-none");

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Quarter 3 updates");
        await page.Locator("#closes-day").FillAsync("31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open round" }).ClickAsync();
        await page.Locator(".nhsuk-error-summary__list li").First.WaitForAsync();
        Assert.Equal(["Enter the reporting period the updates describe, for example Q3 2025/26", "Enter the date the round opens", "The closing date must include a month and year"],
            (await page.Locator(".nhsuk-error-summary__list li").AllInnerTextsAsync()).Select(t => t.Trim()));
        Assert.Equal("Quarter 3 updates", await page.GetByLabel("Name", new() { Exact = true }).InputValueAsync());
        await AssertAccessibleAsync(page, "rounds-open-errors");

        await page.GetByLabel("Reporting period").FillAsync("Q3 2026/27");
        await FillDateAsync(page, "opens", today);
        await FillDateAsync(page, "closes", today.AddDays(28));
        await page.GetByRole(AriaRole.Button, new() { Name = "Open round" }).ClickAsync();
        await AssertHeadingAsync(page, "Quarter 3 updates");
        Assert.Equal("Reporting round opened.", (await page.Locator(".nhsuk-notification-banner--success .nhsuk-notification-banner__heading").InnerTextAsync()).Trim());
        Assert.Equal("Open", (await page.Locator("#round-phase-title").InnerTextAsync()).Trim());
        await AssertAccessibleAsync(page, "round-open");
        var roundId = Guid.Parse(new Uri(page.Url).Segments[^1]);

        var update = await portal.SubmitUpdateAsync(tenant, kentLead, kentCommitment, Kent, roundId, CommitmentStatus.SomeRisk);
        var sharedKent = await portal.SubmitUpdateAsync(tenant, kentLead, sharedCommitment, Kent, roundId, CommitmentStatus.OnTrack);
        await portal.SubmitUpdateAsync(tenant, medwayLead, sharedCommitment, Medway, roundId, CommitmentStatus.OffTrack);
        await page.ReloadAsync();
        Assert.Equal("2", (await page.Locator($"#completion tr[data-organisation='{tenant.Organisations[Kent]}'] td").Nth(1).InnerTextAsync()).Trim());
        await AssertAccessibleAsync(page, "round-with-submissions");

        await page.GetByRole(AriaRole.Link, new() { Name = "Reviews", Exact = true }).ClickAsync();
        await AssertHeadingAsync(page, "Reviews");
        Assert.Equal(3, await page.Locator("tr[data-update]").CountAsync());
        await AssertAccessibleAsync(page, "reviews-queue");

        await page.Locator($"tr[data-update='{update.Id}']").GetByRole(AriaRole.Link).ClickAsync();
        await AssertHeadingAsync(page, "Update from Kent County Council");
        await AssertAccessibleAsync(page, "review-update");

        await page.GetByLabel("Comment (optional)").FillAsync("Clear, with the risks named.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve update" }).ClickAsync();
        Assert.Equal("Update approved.", (await page.Locator(".nhsuk-notification-banner--success .nhsuk-notification-banner__heading").InnerTextAsync()).Trim());
        Assert.Contains("Clear, with the risks named.", await page.Locator("#history").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "review-approved");

        await page.GotoAsync(Links.Reviews.Update(tenant.Slug, sharedKent.Id));
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve update" }).ClickAsync();
        await page.GetByLabel("Off track").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Set overall status" }).ClickAsync();
        Assert.Equal("Enter a reason: the overall status differs from the lead body's rating", (await page.Locator(".nhsuk-error-summary__list li").InnerTextAsync()).Trim());
        Assert.Equal(0, await page.Locator(".nhsuk-notification-banner--success").CountAsync());
        await AssertAccessibleAsync(page, "review-overall-status-errors");

        await page.GotoAsync(Links.Rounds.Round(tenant.Slug, roundId));
        Assert.Equal("Some risk", (await page.Locator($"#commitments tr[data-commitment='{kentCommitment}'] td").Last.InnerTextAsync()).Trim());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_locked_round_says_so_and_offers_the_lock_exception_form()
    {
        var tenant = await portal.CreateTenantAsync("e2e-" + Guid.NewGuid().ToString("N")[..6], Kent);
        var clerk = await portal.CreateUserAsync(tenant, [TenantRole.Clerk]);
        await portal.CreateCommitmentAsync(tenant, Kent);
        var today = portal.Today();
        var round = await portal.OpenRoundAsync(tenant, clerk.Acting("Test Clerk"), "Summer round", today.AddDays(-40), today.AddDays(-10));
        var page = await SignedInPageAsync(clerk);

        await page.GotoAsync(Links.Rounds.Round(tenant.Slug, round.Id));
        Assert.Equal("Locked", (await page.Locator("#round-phase-title").InnerTextAsync()).Trim());
        await AssertAccessibleAsync(page, "round-locked");

        await page.GetByLabel("Organisation").SelectOptionAsync(new SelectOptionValue { Label = Kent });
        await FillDateAsync(page, "until", today.AddDays(5));
        await page.GetByLabel("Reason").FillAsync("Their board meets after the close");
        await page.GetByRole(AriaRole.Button, new() { Name = "Grant exception" }).ClickAsync();
        Assert.Equal("Lock exception granted.", (await page.Locator(".nhsuk-notification-banner--success .nhsuk-notification-banner__heading").InnerTextAsync()).Trim());
        Assert.Contains(Kent, await page.Locator("#exceptions").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "round-lock-exception-granted");
        await page.Context.CloseAsync();
    }
}
