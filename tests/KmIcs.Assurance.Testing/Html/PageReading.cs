using AngleSharp.Dom;

namespace KmIcs.Assurance.Testing.Html;

/// <summary>
/// Reads a page as a person sees it: its heading, the NHS.UK error summary, and tables as rows of cells under their
/// column headers. Tests assert on these instead of writing the selectors out each time.
/// </summary>
public static class PageReading
{
    private const string ResponsiveHeading = "nhsuk-table__heading";

    /// <summary>The trimmed text of the first element matching <paramref name="selector"/>, or "" when there is none.</summary>
    public static string Text(this IParentNode page, string selector)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.QuerySelector(selector)?.TextContent.Trim() ?? "";
    }

    /// <summary>The page's main heading.</summary>
    public static string Heading(this IParentNode page) => page.Text("main h1");

    /// <summary>
    /// Each item of the error summary: the field id it links to (without '#'; "" for a problem with the whole form,
    /// which links nowhere) and its message, in page order.
    /// </summary>
    public static IReadOnlyList<(string Field, string Message)> ErrorSummary(this IParentNode page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.QuerySelectorAll(".nhsuk-error-summary__list li")
            .Select(li => ((li.QuerySelector("a")?.GetAttribute("href") ?? "").TrimStart('#'), li.TextContent.Trim()))
            .ToList();
    }

    /// <summary>The error summary's message for one field, or null when it has none.</summary>
    public static string? ErrorFor(this IParentNode page, string field) =>
        page.ErrorSummary().Where(e => e.Field == field).Select(e => e.Message).FirstOrDefault();

    /// <summary>
    /// The body rows of the first table matching <paramref name="tableSelector"/>, each as its cells' text by column
    /// header. The headings the NHS.UK responsive table repeats inside each cell for narrow screens are left out.
    /// </summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> TableRows(this IParentNode page, string tableSelector = "main table")
    {
        ArgumentNullException.ThrowIfNull(page);
        return (page.QuerySelector(tableSelector) ?? throw new InvalidOperationException($"No table '{tableSelector}' on the page.")).Rows();
    }

    /// <summary>The body rows of the table, as <see cref="TableRows"/> reads them.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Rows(this IElement table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var headers = table.QuerySelectorAll("thead th").Select(CellText).ToList();
        return table.QuerySelectorAll("tbody tr")
            .Select(row => (IReadOnlyDictionary<string, string>)row.Children
                .Where(cell => cell.LocalName is "td" or "th")
                .Select((cell, index) => (Header: index < headers.Count ? headers[index] : $"column {index + 1}", Text: CellText(cell)))
                .ToDictionary(c => c.Header, c => c.Text, StringComparer.Ordinal))
            .ToList();
    }

    /// <summary>Every row of the page's NHS.UK summary lists, key to value (whitespace collapsed); the first wins when keys repeat.</summary>
    public static IReadOnlyDictionary<string, string> SummaryRows(this IParentNode page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in page.QuerySelectorAll("main .nhsuk-summary-list__row"))
        {
            var key = Collapse(row.QuerySelector(".nhsuk-summary-list__key")?.TextContent ?? "");
            rows.TryAdd(key, Collapse(row.QuerySelector(".nhsuk-summary-list__value")?.TextContent ?? ""));
        }

        return rows;
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string CellText(IElement cell) =>
        Collapse(string.Concat(cell.Descendants<IText>().Where(t => t.ParentElement?.ClassList.Contains(ResponsiveHeading) != true).Select(t => t.Data)));
}
