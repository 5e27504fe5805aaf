using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace KmIcs.Assurance.Testing.Browser;

/// <summary>Runs axe-core on a page for WCAG 2.2 A and AA (the UK public sector standard).</summary>
public static class Accessibility
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
}
