using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace KmIcs.Assurance.Testing.Browser;

/// <summary>Runs axe-core on a page for WCAG 2.2 A and AA (the UK public sector standard).</summary>
public static partial class Accessibility
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

    /// <summary>Returns one readable line per violation, so a failing assertion says what to fix and where.</summary>
    public static async Task<IReadOnlyList<string>> FindViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var options = new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] } };
        var result = await page.RunAxe(options);
        return result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
    }

    /// <summary>
    /// axe on a page opened with JavaScript off, as its reader gets it. axe is itself a script, so it cannot run in that
    /// page: the page's document (the server's HTML, untouched by any script) is served, without its script elements,
    /// at the same address to a second page where scripts run, and axe checks that. Stylesheets and images load from
    /// the server as they did.
    /// </summary>
    public static async Task<IReadOnlyList<string>> FindViolationsWithoutJavaScriptAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var html = ScriptElements().Replace(await page.ContentAsync(), "");
        var context = await (await Chromium.GetBrowserAsync()).NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = true,
            Locale = "en-GB",
            ViewportSize = page.ViewportSize is { } size ? new ViewportSize { Width = size.Width, Height = size.Height } : null,
        });
        try
        {
            var copy = await context.NewPageAsync();
            var address = page.Url;
            await copy.RouteAsync(url => url == address, route => route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html; charset=utf-8", Body = html }));
            await copy.GotoAsync(address);
            if (await copy.Locator("script").CountAsync() > 0 || await copy.EvaluateAsync<bool>("document.body.classList.contains('js-enabled')"))
            {
                throw new InvalidOperationException($"axe would have checked {address} as scripts change it, not the page without JavaScript.");
            }

            return await FindViolationsAsync(copy);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [GeneratedRegex(@"<script\b[^>]*>.*?</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptElements();
}
