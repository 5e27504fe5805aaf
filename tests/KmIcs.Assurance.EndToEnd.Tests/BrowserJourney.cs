using KmIcs.Assurance.Testing.Accounts;
using KmIcs.Assurance.Testing.Browser;
using KmIcs.Assurance.Testing.Web;
using Microsoft.Playwright;

namespace KmIcs.Assurance.EndToEnd.Tests;

/// <summary>What every browser journey does: sign a person in, check the page's heading, and screenshot a page and check it with axe.</summary>
public static class BrowserJourney
{
    /// <summary>A new page signed in as <paramref name="user"/> with password and authenticator code.</summary>
    public static async Task<IPage> SignedInPageAsync(Uri server, TestUser user, bool javaScriptEnabled = true)
    {
        ArgumentNullException.ThrowIfNull(user);
        var page = await Chromium.NewPageAsync(server, javaScriptEnabled);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(user.Email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(user.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByLabel("Enter the code from your authenticator app").FillAsync(Totp.Code(user.AuthenticatorKey!));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        return page;
    }

    /// <summary>
    /// Asserts the page's first heading, waiting (up to 30 s) for it: after a click the old page can still be there
    /// when the assertion runs, so reading the heading at once would race the navigation.
    /// </summary>
    public static async Task AssertHeadingAsync(IPage page, string expected)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Assertions.Expect(page.Locator("h1").First).ToHaveTextAsync(expected, new() { Timeout = 30_000 });
    }

    /// <summary>
    /// For a page opened with JavaScript off: saves its screenshot, then fails on any WCAG 2.2 A/AA violation axe finds
    /// in the page as it stands without scripts (see <see cref="Accessibility.FindViolationsWithoutJavaScriptAsync"/>).
    /// </summary>
    public static async Task AssertAccessibleWithoutJavaScriptAsync(IPage page, string screenshot)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Screenshots.SaveAsync(page, screenshot);
        var violations = await Accessibility.FindViolationsWithoutJavaScriptAsync(page);
        Assert.True(violations.Count == 0, $"{page.Url} (no JavaScript): " + string.Join(Environment.NewLine, violations));
    }

    /// <summary>Saves a screenshot of the page into the test output, then fails on any WCAG 2.2 A/AA violation axe finds.</summary>
    public static async Task AssertAccessibleAsync(IPage page, string screenshot)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Screenshots.SaveAsync(page, screenshot);
        var violations = await Accessibility.FindViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{page.Url}: " + string.Join(Environment.NewLine, violations));
    }
}
