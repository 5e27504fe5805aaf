using System.Globalization;
using System.Net;
using System.Text;
using KmIcs.Assurance.Reporting.Packs.Printing;

namespace KmIcs.Assurance.Reporting.Tests.Packs.Printing;

/// <summary>
/// A hand-written pack shaped like the real ones: a contents page numbered from the print, sections that each start
/// a page with an h2, and an appendix table long enough to run over several pages.
/// </summary>
internal static class SamplePack
{
    public const string Title = "Quality & Safety Committee: assurance pack, November 2026";
    public const string Marking = "OFFICIAL-SENSITIVE";
    public const string TableHeading = "Indicator code";
    public const int TableRows = 120;

    public static readonly IReadOnlyList<ContentsTarget> Contents =
    [
        new("summary", "1. Summary"),
        new("commitments", "2. Commitments at risk"),
        new("indicators", "3. Indicators off track"),
        new("risks", "4. Risks and issues"),
        new("appendix", "5. Appendix: indicator data"),
    ];

    /// <summary>A request for this pack; <paramref name="notesWhenNumbered"/> adds a page once numbers are known, as a contents that grows would.</summary>
    public static PrintRequest Request(bool notesWhenNumbered = false, Action? rendered = null) =>
        new(Title, Marking, (numbers, _) =>
        {
            rendered?.Invoke();
            return Task.FromResult(Html(numbers, notesWhenNumbered && numbers is not null));
        }, Contents);

    public static string Html(IReadOnlyDictionary<string, int>? numbers, bool withNotes = false)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <title>{{WebUtility.HtmlEncode(Title)}}</title>
            <style>
              body { font-family: Arial, 'Liberation Sans', sans-serif; font-size: 11pt; color: #212b32; line-height: 1.4; }
              h1 { font-size: 20pt; }
              section { break-before: page; }
              .contents { list-style: none; padding: 0; }
              .contents li { display: flex; justify-content: space-between; border-bottom: 1px dotted #768692; padding: 4px 0; }
              .rag-red { background: #d5281b; color: #fff; padding: 0 4px; }
              table { border-collapse: collapse; width: 100%; }
              th, td { border-bottom: 1px solid #d8dde0; padding: 3px 6px; text-align: left; }
              thead th { background: #005eb8; color: #fff; }
              tr { break-inside: avoid; }
            </style>
            </head>
            <body>
            <h1>{{WebUtility.HtmlEncode(Title)}}</h1>
            <nav aria-labelledby="contents-heading">
            <h2 id="contents-heading">Contents</h2>
            <ol class="contents">
            """);
        foreach (var target in Contents)
        {
            var page = numbers is null ? "" : numbers[target.Id].ToString(CultureInfo.InvariantCulture);
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#{target.Id}\">{WebUtility.HtmlEncode(target.Heading)}</a> <span>{page}</span></li>\n");
        }

        html.Append("</ol>\n</nav>\n");
        if (withNotes)
        {
            html.Append("<section><h2 id=\"notes\">Notes on reading this pack</h2>");
            html.Append(Paragraphs(4, "Ratings compare the latest value with the target and the floor standard."));
            html.Append("</section>\n");
        }

        html.Append(Section("summary", 0, Paragraphs(6, "The committee is asked to note progress against the strategy's outcomes.")));
        html.Append(Section("commitments", 1, Paragraphs(40, "Commitment delivery is reported by lead partners each quarter; <span class=\"rag-red\">Red</span> means a missed milestone.")));
        html.Append(Section("indicators", 2, Paragraphs(5, "Indicators off track are those rated red against their target.")));
        html.Append(Section("risks", 3, Paragraphs(5, "Risks are scored on likelihood and impact.")));
        html.Append(Section("appendix", 4, Table()));
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static string Section(string id, int index, string body) =>
        $"<section aria-labelledby=\"{id}\"><h2 id=\"{id}\">{WebUtility.HtmlEncode(Contents[index].Heading)}</h2>\n{body}</section>\n";

    private static string Paragraphs(int count, string text) =>
        string.Concat(Enumerable.Range(1, count).Select(n => $"<p>{text} Paragraph {n} gives the detail behind it, with the evidence the committee asked for at its last meeting.</p>\n"));

    private static string Table()
    {
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"<table>\n<caption>Latest value and target for each indicator</caption>\n<thead><tr><th scope=\"col\">{TableHeading}</th><th scope=\"col\">Indicator name</th><th scope=\"col\">Latest value</th><th scope=\"col\">Target</th></tr></thead>\n<tbody>\n");
        for (var row = 1; row <= TableRows; row++)
        {
            table.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">IND-{row:000}</th><td>Indicator number {row}</td><td>{row * 1.5m:0.0}%</td><td>{row * 1.6m:0.0}%</td></tr>\n");
        }

        return table.Append("</tbody>\n</table>\n").ToString();
    }
}
