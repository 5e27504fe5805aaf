using Microsoft.Playwright;

namespace KmIcs.Assurance.EndToEnd.Tests.Layout;

/// <summary>
/// Measures what a person sees rather than what the markup says: whether anything in <c>main</c> reaches past its column,
/// whether a table is wider than its container, and whether a word is split across two lines.
/// </summary>
public static class PageLayout
{
    /// <summary>The widths the layout tests use: a desktop window and a small phone.</summary>
    public static readonly int[] Widths = [1280, 375];

    /// <summary>
    /// One line per element inside <c>main</c> that reaches past main's column (a few pixels are allowed: NHS.UK tables
    /// are 4px wider than their column on purpose, and grid rows and columns reach into the gutters), plus one when the
    /// document itself scrolls sideways. Elements clipped to a pixel (visually hidden text and everything inside it)
    /// are not seen, so they are not counted.
    /// </summary>
    public static async Task<IReadOnlyList<string>> OverflowsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return await page.EvaluateAsync<string[]>("""
            () => {
              const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '');
              const problems = [];
              const doc = document.documentElement;
              if (doc.scrollWidth > doc.clientWidth) {
                problems.push(`the document is ${doc.scrollWidth}px wide in a ${doc.clientWidth}px window`);
              }
              const main = document.querySelector('main');
              const box = main.getBoundingClientRect();
              const style = getComputedStyle(main);
              const left = box.left + parseFloat(style.paddingLeft), right = box.right - parseFloat(style.paddingRight);
              const hidden = [];
              for (const e of main.querySelectorAll('*')) {
                if (hidden.some(h => h.contains(e))) continue;
                const r = e.getBoundingClientRect();
                if (r.width <= 1 || r.height <= 1) { hidden.push(e); continue; }
                // Grid rows and columns reach 16px into the gutters by design; their content does not.
                const gutter = e.matches('.nhsuk-grid-row, [class*="nhsuk-grid-column"]');
                if (!gutter && (r.right > right + 3 || r.left < left - 3)) {
                  problems.push(`${describe(e)} spans ${Math.round(r.left)} to ${Math.round(r.right)}px, its column ${Math.round(left)} to ${Math.round(right)}px`);
                }
              }
              return problems;
            }
            """);
    }

    /// <summary>One line per table inside <c>main</c> wider than the element that contains it.</summary>
    public static async Task<IReadOnlyList<string>> WideTablesAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('main table')]
              .map(t => ({ t, width: t.getBoundingClientRect().width, room: t.parentElement.clientWidth, scroll: t.parentElement.scrollWidth }))
              .filter(x => x.width > x.room + 4 || x.scroll > x.room + 4)
              .map(x => `table "${(x.t.caption?.textContent ?? '').trim()}" is ${Math.round(x.width)}px wide (scrolls to ${x.scroll}px) in ${x.room}px`)
            """);
    }

    /// <summary>The width in pixels of each table inside <c>main</c>, and of its container, for the test output.</summary>
    public static async Task<string> TableWidthsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return await page.EvaluateAsync<string>("""
            () => [...document.querySelectorAll('main table')]
              .map(t => `${Math.round(t.getBoundingClientRect().width)}/${t.parentElement.clientWidth}px`).join(', ')
            """);
    }

    /// <summary>
    /// Words inside elements matching <paramref name="selector"/> that the browser split across two lines (a word laid
    /// out on one line has its rectangles on one line; a broken one on two), as "word in element text". A break after a
    /// hyphen or slash ("co-" / "designing") is an ordinary line break, not a broken word.
    /// </summary>
    public static async Task<IReadOnlyList<string>> BrokenWordsAsync(IPage page, string selector)
    {
        ArgumentNullException.ThrowIfNull(page);
        return await page.EvaluateAsync<string[]>("""
            selector => {
              const broken = [];
              for (const root of document.querySelectorAll(selector)) {
                const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  // Hyphens and slashes are places a line may end, so the parts between them are the words.
                  for (const match of node.data.matchAll(/[^\s\/\u002d\u2010\u2013]+/g)) {
                    const range = document.createRange();
                    range.setStart(node, match.index);
                    range.setEnd(node, match.index + match[0].length);
                    const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                    if (lines.size > 1) {
                      broken.push(`"${match[0]}" in "${node.parentElement.textContent.trim().replace(/\s+/g, ' ').slice(0, 80)}"`);
                    }
                  }
                }
              }
              return broken;
            }
            """, selector);
    }
}
