using System.Text.RegularExpressions;
using KmIcs.Assurance.Data.Identity;
using Microsoft.Playwright;
using static KmIcs.Assurance.EndToEnd.Tests.BrowserJourney;

namespace KmIcs.Assurance.EndToEnd.Tests.Layout;

/// <summary>
/// When the connection behind a page's interactive parts drops, the portal's own message says so in words (not
/// Blazor's default dialog, whose inline styles the CSP refuses), passes axe, and goes away once the connection is
/// back; the page's content stays where it was.
/// </summary>
public class ConnectionMessageTests(PortalServerFixture portal) : IClassFixture<PortalServerFixture>
{
    [Fact]
    public async Task A_dropped_connection_shows_the_portals_message_and_it_goes_when_the_connection_returns()
    {
        var member = await portal.CreateUserAsync(await portal.SeededTenantAsync("kent-medway"), [TenantRole.Member]);
        var page = await SignedInPageAsync(portal.ServerAddress, member);
        // The circuit's WebSocket goes through the test, which can cut it and refuse new ones, as a dropped network would.
        var refuse = false;
        IWebSocketRoute? open = null;
        await page.RouteWebSocketAsync(new Regex("/_blazor"), socket =>
        {
            if (refuse)
            {
                // Never connected to the server: the reconnection attempt fails as it would with no network.
                _ = socket.CloseAsync();
                return;
            }

            open = socket;
            socket.ConnectToServer();
        });
        await page.GotoAsync("/kent-medway/indicators");
        await page.Locator("form.app-filters ~ [role=status]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        var message = page.Locator("#components-reconnect-modal");
        await Assertions.Expect(message).ToBeHiddenAsync();

        refuse = true;
        await open!.CloseAsync();
        await Assertions.Expect(message).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(message).ToContainTextAsync("The connection to the portal was lost.");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Indicators");
        await AssertAccessibleAsync(page, "connection-lost");

        refuse = false;
        await Assertions.Expect(message).ToBeHiddenAsync(new() { Timeout = 60_000 });
        await page.Context.CloseAsync();
    }
}
