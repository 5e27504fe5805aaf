using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace KmIcs.Assurance.Reporting.Packs.Printing;

/// <summary>Reads back what Chromium printed: the page count, and the page each contents target's heading landed on.</summary>
internal static partial class PdfOutline
{
    public static (int Pages, IReadOnlyDictionary<string, int> PageNumbers) Read(byte[] pdf, IReadOnlyList<ContentsTarget> contents)
    {
        using var document = PdfDocument.Open(pdf);
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        if (contents.Count == 0)
        {
            return (document.NumberOfPages, numbers);
        }

        if (!document.TryGetBookmarks(out var bookmarks, false))
        {
            throw new InvalidOperationException("The printed PDF has no outline, so its contents cannot be numbered.");
        }

        var headings = new List<DocumentBookmarkNode>();
        Flatten(bookmarks.Roots, headings);

        // Each target is looked for after the previous one's bookmark, so a heading repeated later in the document
        // (an appendix with the same title as a section) is matched in order rather than twice.
        var next = 0;
        foreach (var target in contents)
        {
            var wanted = Normalise(target.Heading);
            var found = headings.FindIndex(next, heading => Normalise(heading.Title) == wanted);
            if (found < 0)
            {
                throw new InvalidOperationException(
                    $"The heading \"{target.Heading}\" (#{target.Id}) is not in the printed PDF's outline after page {(next > 0 ? headings[next - 1].PageNumber : 1)}; "
                    + $"the outline has: {string.Join(" | ", headings.Select(h => $"{h.Title} (p{h.PageNumber})"))}.");
            }

            numbers[target.Id] = headings[found].PageNumber;
            next = found + 1;
        }

        return (document.NumberOfPages, numbers);
    }

    /// <summary>
    /// A first guess at each target's page from an untagged print, which has no outline but costs less than half a tagged
    /// one: every top-level section starts a page with its heading, so the target's page is the first (after the last
    /// target's) whose text below the running header begins with the heading. Null when any heading is not found so;
    /// the tagged print's outline always has the last word.
    /// </summary>
    public static IReadOnlyDictionary<string, int>? Guess(byte[] pdf, IReadOnlyList<ContentsTarget> contents)
    {
        using var document = PdfDocument.Open(pdf);
        var starts = new List<string>();
        foreach (var page in document.GetPages())
        {
            // The header and footer bands sit in the 20mm top and bottom margins (57 points).
            var band = 57d;
            // Read in lines by baseline: a word's box depends on its letters ("summary" reaches lower than "Executive").
            var words = page.GetWords()
                .Where(w => w.BoundingBox.Bottom > band && w.BoundingBox.Top < page.Height - band)
                .OrderByDescending(w => Math.Round(w.Letters[0].StartBaseLine.Y))
                .ThenBy(w => w.BoundingBox.Left);
            starts.Add(string.Concat(words.Select(w => w.Text)));
        }

        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var next = 0;
        foreach (var target in contents)
        {
            var wanted = Normalise(target.Heading);
            var found = starts.FindIndex(next, start => start.StartsWith(wanted, StringComparison.Ordinal));
            if (found < 0)
            {
                return null;
            }

            numbers[target.Id] = found + 1;
            next = found + 1;
        }

        return numbers;
    }

    /// <summary>Depth first, parents before children: the order the headings appear in the document.</summary>
    private static void Flatten(IReadOnlyList<BookmarkNode> nodes, List<DocumentBookmarkNode> into)
    {
        foreach (var node in nodes)
        {
            if (node is DocumentBookmarkNode inDocument)
            {
                into.Add(inDocument);
            }

            Flatten(node.Children, into);
        }
    }

    // Chromium takes a bookmark's title from the heading's laid-out lines and joins them without a space where a long
    // heading wraps ("the best startin life"), so headings are compared with no whitespace at all.
    private static string Normalise(string text) => Whitespace().Replace(text, "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
