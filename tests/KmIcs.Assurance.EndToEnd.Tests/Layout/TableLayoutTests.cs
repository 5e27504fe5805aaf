using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Data.ProgressReporting;
using KmIcs.Assurance.Data.Tenancy;
using KmIcs.Assurance.Domain.Tenancy;
using KmIcs.Assurance.Testing.Web;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace KmIcs.Assurance.EndToEnd.Tests.Layout;

/// <summary>
/// Every list page fits its column on a desktop window and on a small phone (WCAG 1.4.10 reflow): no column is cut
/// off or hidden behind a sideways scroll, and axe finds nothing, whoever opens the page.
/// </summary>
public class TableLayoutTests(PortalServerFixture portal, ITestOutputHelper output) : IClassFixture<PortalServerFixture>
{
    private const string Tenant = "kent-medway";

    private Task<TestTenant> KentAndMedwayAsync() => portal.SeededTenantAsync(Tenant);

    [Fact]
    public async Task The_indicator_list_fits_its_column_at_desktop_and_phone_widths()
    {
        var member = await portal.CreateUserAsync(await KentAndMedwayAsync(), [TenantRole.Member]);
        await AssertPagesFitAsync(member, "indicators", $"/{Tenant}/indicators");
    }

    [Fact]
    public async Task The_admin_lists_fit_their_column_at_desktop_and_phone_widths()
    {
        var kentAndMedway = await KentAndMedwayAsync();
        // Long unbroken email addresses and organisation names are what widened these tables.
        await portal.CreateUserAsync(kentAndMedway, [TenantRole.LeadPartner], ["Kent County Council"], email: "a.very-long-address-for-a-partnership-officer@kentandmedwayintegratedcarepartnership.example.org");
        var admin = await portal.CreateUserAsync(kentAndMedway, [TenantRole.TenantAdmin, TenantRole.Member]);
        await AssertPagesFitAsync(admin, "admin", $"/{Tenant}/admin/members", $"/{Tenant}/admin/organisations", $"/{Tenant}/admin/audit");
    }

    [Fact]
    public async Task My_updates_fits_its_column_at_desktop_and_phone_widths_while_a_round_is_open()
    {
        var kentAndMedway = await KentAndMedwayAsync();
        var clerk = await portal.CreateUserAsync(kentAndMedway, [TenantRole.Clerk]);
        var lead = await portal.CreateUserAsync(kentAndMedway, [TenantRole.LeadPartner], ["Kent County Council"]);
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            // An open round adds the update tags and the action column, the widest the table gets.
            scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(kentAndMedway.Id, kentAndMedway.Slug);
            scope.ServiceProvider.GetRequiredService<CurrentActor>().Set(clerk.Id, "Clerk");
            var today = ReportingCalendar.Today(portal.Clock);
            var opened = await scope.ServiceProvider.GetRequiredService<ReportingRoundService>()
                .OpenAsync("Quarter 3 round", "Q3 2026/27", today.AddDays(-1), today.AddDays(20), new ActingUser(clerk.Id, "Clerk"));
            Assert.True(opened.Succeeded, string.Join("; ", opened.Errors));
        }

        await AssertPagesFitAsync(lead, "updates", $"/{Tenant}/updates");
    }

    [Fact]
    public async Task The_platform_tenant_list_fits_its_column_even_with_a_long_unbroken_name()
    {
        await using (var db = portal.CreateContext())
        {
            var slug = "long-" + Guid.NewGuid().ToString("N")[..6];
            db.Set<Tenant>().Add(new Tenant { Slug = slug, Name = string.Concat(Enumerable.Repeat("Kentandmedwaypartnership", 12)), CreatedAt = portal.Clock.GetUtcNow() });
            await db.SaveChangesAsync();
        }

        var platformAdmin = await portal.CreateUserAsync(null, [], platformAdmin: true);
        await AssertPagesFitAsync(platformAdmin, "platform", "/platform/tenants");
    }

    private async Task AssertPagesFitAsync(TestUser user, string screenshotPrefix, params string[] urls)
    {
        var page = await BrowserJourney.SignedInPageAsync(portal.ServerAddress, user);
        foreach (var width in PageLayout.Widths)
        {
            await page.SetViewportSizeAsync(width, 900);
            foreach (var url in urls)
            {
                var response = await page.GotoAsync(url);
                Assert.True(response?.Ok, $"GET {url} answered {response?.Status}");
                output.WriteLine($"{url} at {width}px: tables {await PageLayout.TableWidthsAsync(page)}");
                var overflows = await PageLayout.OverflowsAsync(page);
                Assert.True(overflows.Count == 0, $"{url} at {width}px:{Environment.NewLine}" + string.Join(Environment.NewLine, overflows.Take(10)));
                var broken = await PageLayout.BrokenWordsAsync(page, "main th, main .nhsuk-table__heading");
                Assert.True(broken.Count == 0, $"{url} at {width}px, headings split mid-word: " + string.Join("; ", broken.Take(10)));
                var name = $"{screenshotPrefix}-{url.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1]}-{width}";
                await BrowserJourney.AssertAccessibleAsync(page, name);
            }
        }

        await page.Context.CloseAsync();
    }
}
