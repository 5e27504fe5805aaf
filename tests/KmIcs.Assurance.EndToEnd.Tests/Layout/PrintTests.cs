using System.Diagnostics;
using System.Text.RegularExpressions;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Testing.Browser;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace KmIcs.Assurance.EndToEnd.Tests.Layout;

/// <summary>
/// A member prints an outcome page for a meeting: Chromium's own A4 PDF, read back as text with poppler's pdftotext,
/// must start with the outcome on page one, carry no link addresses and stay a handful of pages.
/// </summary>
public partial class PrintTests(PortalServerFixture portal, ITestOutputHelper output) : IClassFixture<PortalServerFixture>
{
    private const string Tenant = "kent-medway";

    /// <summary>Outcome 1 has the most indicators of any outcome (two full tables); 15 pages was the measure before the print fix.</summary>
    private const int MostPages = 10;

    [Fact]
    public async Task An_outcome_page_prints_on_a_few_a4_pages_with_the_outcome_on_page_one_and_no_link_addresses()
    {
        var member = await portal.CreateUserAsync(await portal.SeededTenantAsync(Tenant), [TenantRole.Member]);
        var page = await BrowserJourney.SignedInPageAsync(portal.ServerAddress, member);
        await page.GotoAsync($"/{Tenant}/outcomes/1");
        await BrowserJourney.AssertHeadingAsync(page, "Give children and young people the best start in life");
        var lede = Words(await page.Locator("main .nhsuk-lede-text").InnerTextAsync());

        var pdf = Path.Combine(Screenshots.Folder, "print-outcome-1.pdf");
        await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4", PrintBackground = true });
        var pages = await PdfPagesAsync(pdf);
        output.WriteLine($"The outcome page printed to {pages.Count} A4 pages.");

        var first = Words(pages[0]);
        Assert.Contains("Give children and young people the best start in life", first, StringComparison.Ordinal);
        Assert.Contains(string.Join(' ', lede.Split(' ').Take(12)), first, StringComparison.Ordinal);
        Assert.Contains("Indicators", first, StringComparison.Ordinal);
        var all = string.Join('\n', pages);
        Assert.DoesNotContain("(Link:", all, StringComparison.Ordinal);
        Assert.DoesNotContain("(/" + Tenant, all, StringComparison.Ordinal);
        Assert.True(pages.Count <= MostPages, $"The outcome page printed to {pages.Count} pages; at most {MostPages} expected.");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Printed_dashboard_tables_fit_their_container_at_every_width()
    {
        var member = await portal.CreateUserAsync(await portal.SeededTenantAsync(Tenant), [TenantRole.Member]);
        var page = await BrowserJourney.SignedInPageAsync(portal.ServerAddress, member);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        // 680px is A4's width less 15mm margins at 96 pixels to the inch: the page as Chromium lays it out for paper.
        foreach (var width in new[] { 1280, 680, 375 })
        {
            await page.SetViewportSizeAsync(width, 900);
            foreach (var url in new[] { $"/{Tenant}/outcomes/1", $"/{Tenant}/indicators/PH03", $"/{Tenant}/indicators" })
            {
                await page.GotoAsync(url);
                var wide = await PageLayout.WideTablesAsync(page);
                output.WriteLine($"{url} printed at {width}px: tables {await PageLayout.TableWidthsAsync(page)}");
                Assert.True(wide.Count == 0, $"{url} printed at {width}px: " + string.Join("; ", wide));
            }
        }

        await page.Context.CloseAsync();
    }

    private static string Words(string text) => WhiteSpace().Replace(text, " ").Trim();

    /// <summary>The text of each page of the PDF, in reading order (pdftotext separates pages with form feeds).</summary>
    private static async Task<IReadOnlyList<string>> PdfPagesAsync(string pdf)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(pdf);
        start.ArgumentList.Add("-");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start; ./build.sh setup installs poppler-utils.");
        var text = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"pdftotext failed: {errors}");
        return text.Split('\f').SkipLast(1).ToList();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
