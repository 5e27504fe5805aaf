using System.Globalization;
using System.Text.RegularExpressions;
using KmIcs.Assurance.Reporting.Packs.Printing;
using KmIcs.Assurance.Testing.Browser;
using KmIcs.Assurance.Testing.Pdf;
using UglyToad.PdfPig;

namespace KmIcs.Assurance.Reporting.Tests.Packs.Printing;

/// <summary>Prints a hand-written pack with the system Chromium and reads the PDF back as a reader (and a screen reader) would get it.</summary>
public class PackPrinterTests(PackPrinterFixture fixture) : IClassFixture<PackPrinterFixture>
{
    [Fact]
    public async Task The_pdf_is_tagged_titled_and_has_the_pages_reported()
    {
        var info = await Poppler.InfoAsync(fixture.SamplePath);

        Assert.Equal("yes", info["Tagged"]);
        Assert.Equal(SamplePack.Title, info["Title"]);
        Assert.Equal(fixture.Sample.Pages.ToString(CultureInfo.InvariantCulture), info["Pages"]);
        Assert.Contains("A4", info["Page size"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_font_is_embedded()
    {
        var fonts = await Poppler.FontsAsync(fixture.SamplePath);

        Assert.NotEmpty(fonts);
        Assert.All(fonts, font => Assert.True(font["emb"] == "yes", $"{font["name"]} is not embedded"));
    }

    [Fact]
    public async Task Each_section_starts_on_the_page_the_contents_gives()
    {
        var contentsPage = await Poppler.PageTextAsync(fixture.SamplePath, 1);

        Assert.Equal(SamplePack.Contents.Select(target => target.Id), fixture.Sample.PageNumbers.Keys);
        foreach (var target in SamplePack.Contents)
        {
            var line = Regex.Match(contentsPage, $@"^\s*{Regex.Escape(target.Heading)}\s+(\d+)\s*$", RegexOptions.Multiline);
            Assert.True(line.Success, $"The contents has no numbered line for {target.Heading}:\n{contentsPage}");
            var page = int.Parse(line.Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.Equal(fixture.Sample.PageNumbers[target.Id], page);
            Assert.Contains(target.Heading, await Poppler.PageTextAsync(fixture.SamplePath, page), StringComparison.Ordinal);
        }

        // The long commitments section runs onto a second page, so the numbers are not simply one per section.
        Assert.True(fixture.Sample.PageNumbers["indicators"] - fixture.Sample.PageNumbers["commitments"] > 1, "The commitments section should run over pages.");
    }

    [Fact]
    public async Task Every_page_has_the_title_and_marking_above_and_the_marking_and_page_x_of_n_below()
    {
        var pages = fixture.Sample.Pages;
        foreach (var page in new[] { 1, pages })
        {
            var lines = (await Poppler.PageTextAsync(fixture.SamplePath, page)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

            Assert.Matches($@"^\s*{Regex.Escape(SamplePack.Title)}\s+{SamplePack.Marking}\s*$", lines[0]);
            Assert.Matches($@"^\s*{SamplePack.Marking}\s+Page {page} of {pages}\s*$", lines.Last(line => !string.IsNullOrWhiteSpace(line)));
        }
    }

    [Fact]
    public async Task A_table_that_runs_over_a_page_repeats_its_header_row()
    {
        var start = fixture.Sample.PageNumbers["appendix"];
        var second = await Poppler.PageTextAsync(fixture.SamplePath, start + 1);

        Assert.Contains(SamplePack.TableHeading, second, StringComparison.Ordinal);
        Assert.DoesNotContain("IND-001", second, StringComparison.Ordinal);
        Assert.Contains($"IND-{SamplePack.TableRows:000}", await Poppler.PageTextAsync(fixture.SamplePath, fixture.Sample.Pages), StringComparison.Ordinal);
    }

    [Fact]
    public void The_pdf_has_an_outline_of_its_headings()
    {
        using var document = PdfDocument.Open(fixture.Sample.Bytes);

        Assert.True(document.TryGetBookmarks(out var bookmarks, false));
        var titles = bookmarks.GetNodes().Select(node => node.Title).ToList();
        Assert.Contains("Contents", titles);
        Assert.All(SamplePack.Contents, target => Assert.Contains(target.Heading, titles));
    }

    [Fact]
    public async Task Contents_that_move_the_sections_when_numbered_are_printed_again_until_the_numbers_hold()
    {
        var renders = 0;
        var printed = await fixture.Printer.PrintAsync(SamplePack.Request(notesWhenNumbered: true, rendered: () => renders++), CancellationToken.None);
        var path = await Poppler.SaveAsync(printed.Bytes, "sample-pack-with-notes");

        Assert.Equal(3, renders);
        Assert.Equal(fixture.Sample.PageNumbers["summary"] + 1, printed.PageNumbers["summary"]);
        Assert.Matches($@"1\. Summary\s+{printed.PageNumbers["summary"]}\s", await Poppler.PageTextAsync(path, 1));
        Assert.Contains("1. Summary", await Poppler.PageTextAsync(path, printed.PageNumbers["summary"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Four_packs_printed_at_once_through_two_pages_all_come_out()
    {
        var printed = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => fixture.Printer.PrintAsync(SamplePack.Request(), CancellationToken.None)));

        Assert.All(printed, pdf =>
        {
            Assert.Equal(fixture.Sample.Pages, pdf.Pages);
            Assert.Equal(fixture.Sample.PageNumbers, pdf.PageNumbers);
        });
    }

    [Fact]
    public async Task The_title_and_marking_are_printed_as_text_not_markup()
    {
        var request = new PrintRequest("<b>Board</b> & <i>partners</i>", "OFFICIAL <script>", (_, _) => Task.FromResult("<!DOCTYPE html><html lang=\"en-GB\"><title>t</title><p>Body</p></html>"), []);

        var printed = await fixture.Printer.PrintAsync(request, CancellationToken.None);
        var path = await Poppler.SaveAsync(printed.Bytes, "escaped-header");

        var text = await Poppler.PageTextAsync(path, 1);
        Assert.Contains("<b>Board</b> & <i>partners</i>", text, StringComparison.Ordinal);
        Assert.Contains("OFFICIAL <script>", text, StringComparison.Ordinal);
        Assert.Empty(printed.PageNumbers);
    }

    [Fact]
    public async Task A_cancelled_print_stops_and_gives_its_page_back()
    {
        await using var printer = PackPrinterFixture.Create(new PackPrinterOptions { ChromiumPath = Chromium.ExecutablePath, MaxConcurrentPages = 1 });
        using var cancellation = new CancellationTokenSource();
        var request = SamplePack.Request(rendered: cancellation.Cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => printer.PrintAsync(request, cancellation.Token));

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var printed = await printer.PrintAsync(SamplePack.Request(), timeout.Token);
        Assert.Equal(fixture.Sample.Pages, printed.Pages);
    }

    [Fact]
    public async Task A_contents_heading_missing_from_the_pdf_fails_naming_it()
    {
        var request = SamplePack.Request() with { Contents = [.. SamplePack.Contents, new ContentsTarget("glossary", "6. Glossary")] };

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => fixture.Printer.PrintAsync(request, CancellationToken.None));

        Assert.Contains("6. Glossary", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_printer_that_does_not_share_its_browser_launches_one_per_pack_and_prints_the_same()
    {
        await using var unshared = PackPrinterFixture.Create(new PackPrinterOptions { ChromiumPath = Chromium.ExecutablePath, ShareBrowser = false });

        var printed = await unshared.PrintAsync(SamplePack.Request(), CancellationToken.None);

        Assert.Equal(fixture.Sample.Pages, printed.Pages);
        Assert.Equal(fixture.Sample.PageNumbers, printed.PageNumbers);
    }

    [Fact]
    public async Task A_printer_whose_chromium_is_missing_fails_naming_the_path()
    {
        const string missing = "/nonexistent/chromium-for-packs";
        await using var printer = PackPrinterFixture.Create(new PackPrinterOptions { ChromiumPath = missing });

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => printer.PrintAsync(SamplePack.Request(), CancellationToken.None));

        Assert.Contains(missing, failure.Message, StringComparison.Ordinal);
    }
}
