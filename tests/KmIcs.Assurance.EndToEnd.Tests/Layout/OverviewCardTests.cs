using KmIcs.Assurance.Data.Identity;

namespace KmIcs.Assurance.EndToEnd.Tests.Layout;

/// <summary>The overview's outcome cards keep every label whole ("Commitments", not "Commitm" and "ents") at any width.</summary>
public class OverviewCardTests(PortalServerFixture portal) : IClassFixture<PortalServerFixture>
{
    private const string Tenant = "kent-medway";

    [Fact]
    public async Task No_word_on_an_outcome_card_is_split_across_lines_at_desktop_tablet_or_phone_widths()
    {
        var member = await portal.CreateUserAsync(await portal.SeededTenantAsync(Tenant), [TenantRole.Member]);
        var page = await BrowserJourney.SignedInPageAsync(portal.ServerAddress, member);
        // 1024px is the narrowest desktop layout, where two cards share a row and each is narrowest.
        foreach (var width in new[] { 1280, 1024, 375 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await page.GotoAsync($"/{Tenant}");
            Assert.Equal(9, await page.Locator(".app-outcome-card").CountAsync());

            var broken = await PageLayout.BrokenWordsAsync(page, ".app-outcome-card");
            Assert.True(broken.Count == 0, $"At {width}px: " + string.Join("; ", broken.Take(10)));
            Assert.Empty(await PageLayout.OverflowsAsync(page));
            await BrowserJourney.AssertAccessibleAsync(page, $"overview-cards-{width}");
        }

        await page.Context.CloseAsync();
    }
}
