using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using KmIcs.Assurance.Domain.Packs;
using KmIcs.Assurance.Reporting.Packs;
using KmIcs.Assurance.Reporting.Packs.Document;
using KmIcs.Assurance.Testing.Html;
using KmIcs.Assurance.Testing.Pdf;
using KmIcs.Assurance.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Web.Tests.Packs;

/// <summary>
/// A clerk asks for packs on the real Kent and Medway data; the PDFs are read back with poppler as a person would check
/// them: real figures, contents that match the pages, tagged, fonts embedded, an outline. Page images are saved under
/// artifacts/packs/ to look at.
/// </summary>
public sealed partial class PackArchiveTests(PackFixture portal) : IClassFixture<PackFixture>, IAsyncLifetime
{
    private const string CreateForm = "form:has(input[name='Input.Kind'])";

    public Task InitializeAsync() => portal.SetUpAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_annual_pack_prints_every_outcome_with_real_figures_and_contents_that_match_its_pages()
    {
        var pack = await CreateAsync(("Input.Kind", PackOptions.AnnualKind), ("Input.Title", "Annual assurance report 2026"));
        Assert.Equal(PackStatus.Ready, pack.Status);
        var path = await Poppler.SaveAsync(pack.Pdf!, "annual-" + portal.Provider);

        var info = await Poppler.InfoAsync(path);
        Assert.Equal("yes", info["Tagged"]);
        Assert.Equal("Annual assurance report 2026", info["Title"]);
        Assert.Equal(pack.Pages.ToString(System.Globalization.CultureInfo.InvariantCulture), info["Pages"]);
        // The document catalogue names its language, so a screen reader reads the pack in English.
        Assert.Contains("/Lang (en-GB)", System.Text.Encoding.Latin1.GetString(pack.Pdf!), StringComparison.Ordinal);
        using (var document = UglyToad.PdfPig.PdfDocument.Open(pack.Pdf!))
        {
            Assert.True(document.TryGetBookmarks(out var outline) && outline.Roots.Count > 0, "The PDF has no outline.");
        }

        var fonts = await Poppler.FontsAsync(path);
        Assert.NotEmpty(fonts);
        Assert.All(fonts, font => Assert.True(font["emb"] == "yes", $"{font["name"]} is not embedded"));

        var text = Squeeze(await Poppler.TextAsync(path));
        var model = PackJson.Read(pack.ModelJson!);
        Assert.Equal(9, model.Sections.Count);
        foreach (var section in model.Sections)
        {
            Assert.Contains(Squeeze(section.Heading), text, StringComparison.Ordinal);
            // A real figure of each outcome that has one, as the pack formats it.
            if (section.Indicators.FirstOrDefault(i => i.Latest is not null) is { } measured)
            {
                Assert.Contains(Squeeze(measured.Latest!), text, StringComparison.Ordinal);
            }
        }

        var kpi = model.Indicators.First(i => i.Set == Domain.Indicators.IndicatorSet.ServiceKpi && i.Latest is not null);
        Assert.Contains(kpi.Ref, text, StringComparison.Ordinal);
        Assert.Contains(Squeeze(kpi.Latest!), text, StringComparison.Ordinal);
        Assert.Contains("Page 1 of " + pack.Pages, text, StringComparison.Ordinal);
        Assert.Contains("OFFICIAL", text, StringComparison.Ordinal);

        // The contents page says where each section starts; that page of the PDF begins the section.
        // In reading order each entry is its heading then its page number; the list's own numbers ("10.") are dropped,
        // wherever a wrapped heading put them.
        var contents = Squeeze(ListMarkers().Replace(await Poppler.PageTextAsync(path, 2, layout: false), ""));
        foreach (var entry in PackContents.For(model))
        {
            var printed = Regex.Match(contents, Regex.Escape(Squeeze(entry.Heading)) + @"\s*\.*\s*(\d+)");
            Assert.True(printed.Success, $"The contents do not list '{entry.Heading}' with a page number.");
            var page = int.Parse(printed.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains(Squeeze(entry.Heading), Squeeze(await Poppler.PageTextAsync(path, page)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Generating_again_makes_version_2_and_leaves_version_1s_bytes_and_hash_unchanged()
    {
        var first = await CreateAsync(("Input.Kind", PackOptions.DeepDiveKind), ("Input.Outcome", "2"));
        var firstHash = first.Sha256;
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(first.Pdf!)), firstHash);

        var page = await portal.Clerk.GetPageAsync(Links.Packs.Pack(portal.Slug, first.Id));
        using var again = await portal.Clerk.SubmitAsync(page, Links.Packs.Pack(portal.Slug, first.Id), "form:has(button[value='regenerate'])", [new("Action.Do", "regenerate")]);
        var secondId = Guid.Parse(PortalClient.RedirectOf(again)!.Split('/')[3].Split('?')[0]);
        var second = await portal.FinishedAsync(secondId);

        Assert.Equal(2, second.DocumentVersion);
        Assert.Equal(first.Series, second.Series);
        await using var db = portal.CreateContext(portal.KentAndMedway);
        var stored = await db.Set<AssurancePack>().AsNoTracking().SingleAsync(p => p.Id == first.Id);
        Assert.Equal(firstHash, stored.Sha256);
        Assert.Equal(first.Pdf, stored.Pdf);
        Assert.Equal(1, stored.DocumentVersion);

        using var download = await portal.Member.GetAsync(Links.Packs.Pdf(portal.Slug, second.Id));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"kent-medway-deep-dive-outcome-2-as-at-{second.AsAt:yyyy-MM-dd}-v2.pdf", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(second.Pdf, await download.Content.ReadAsByteArrayAsync());

        var audit = await portal.ReadAuditAsync();
        Assert.Contains(audit, a => a.EntityType == nameof(AssurancePack) && a.EntityId == first.Id.ToString() && a.Action == KmIcs.Assurance.Data.Auditing.AuditActions.Created);
        Assert.Contains(audit, a => a.EntityType == nameof(AssurancePack) && a.EntityId == second.Id.ToString() && a.After!.Contains("Ready", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_deep_dive_on_outcome_3_shows_every_area_and_a_member_can_read_it_in_the_browser()
    {
        var pack = await CreateAsync(("Input.Kind", PackOptions.DeepDiveKind), ("Input.Outcome", "3"));
        var model = PackJson.Read(pack.ModelJson!);
        var section = Assert.Single(model.Sections);
        Assert.Equal("3", section.Number);
        // Each indicator is judged in every area it reports, each area with its own chart where it has values.
        Assert.All(section.Indicators, i => Assert.NotEmpty(i.Areas));
        Assert.All(section.Indicators.SelectMany(i => i.Areas).Where(a => a.Latest is not null), a => Assert.NotNull(a.Chart));
        var path = await Poppler.SaveAsync(pack.Pdf!, "deep-dive-outcome-3-" + portal.Provider);
        Assert.Contains(Squeeze(section.Heading), Squeeze(await Poppler.TextAsync(path)), StringComparison.Ordinal);

        var page = await portal.Member.GetPageAsync(Links.Packs.Pack(portal.Slug, pack.Id));
        Assert.Equal(pack.Title, page.Heading());
        Assert.Null(page.QuerySelector("button[value='regenerate']"));
        var preview = await portal.Member.GetPageAsync(Links.Packs.Preview(portal.Slug, pack.Id));
        Assert.Contains(section.Heading, preview.Text("main"), StringComparison.Ordinal);
        var stylesheet = preview.QuerySelector("link[rel='stylesheet']")?.GetAttribute("href");
        Assert.NotNull(stylesheet);
        using (var css = await portal.Member.GetAsync(stylesheet))
        {
            Assert.Equal(HttpStatusCode.OK, css.StatusCode);
            Assert.Contains("@page", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var archive = await portal.Member.GetPageAsync(Links.Packs.Index(portal.Slug));
        Assert.Null(archive.QuerySelector($"a[href='{Links.Packs.New(portal.Slug)}']"));
        using var forbidden = await portal.Member.GetAsync(Links.Packs.New(portal.Slug));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task Another_partnerships_pack_is_not_found()
    {
        var pack = await CreateAsync(("Input.Kind", PackOptions.AnnualKind));
        foreach (var url in new[] { Links.Packs.Pack("kent-medway", pack.Id), Links.Packs.Pdf("kent-medway", pack.Id), Links.Packs.Preview("kent-medway", pack.Id) })
        {
            using var response = await portal.Outsider.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        var outsiderTenant = (await portal.Outsider.GetPageAsync("/")).QuerySelector("a[href$='/packs']")?.GetAttribute("href")?.Split('/')[1];
        if (outsiderTenant is not null)
        {
            foreach (var url in new[] { Links.Packs.Pack(outsiderTenant, pack.Id), Links.Packs.Pdf(outsiderTenant, pack.Id) })
            {
                using var response = await portal.Outsider.GetAsync(url);
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            }
        }
    }

    [Fact]
    public async Task Bad_options_are_refused_with_one_message_per_field_and_nothing_is_archived()
    {
        await using var before = portal.CreateContext(portal.KentAndMedway);
        var count = await before.Set<AssurancePack>().CountAsync();
        using var refused = await portal.Clerk.SubmitAsync(Links.Packs.New(portal.Slug), CreateForm,
            ("Input.Kind", PackOptions.DeepDiveKind), ("Input.AsAt.Day", "31"), ("Input.AsAt.Month", "2"), ("Input.AsAt.Year", "2026"),
            ("Input.Marking", "SECRET"));
        var page = await PortalClient.ParseAsync(refused);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.Equal("Choose what the deep dive covers: one outcome, one priority, or a selection of indicators and commitments", page.ErrorFor("outcome"));
        Assert.NotNull(page.ErrorFor("as-at"));
        Assert.Equal("Select a protective marking from the list", page.ErrorFor("marking"));
        await using var after = portal.CreateContext(portal.KentAndMedway);
        Assert.Equal(count, await after.Set<AssurancePack>().CountAsync());
    }

    private async Task<AssurancePack> CreateAsync(params (string Name, string Value)[] fields)
    {
        using var created = await portal.Clerk.SubmitAsync(Links.Packs.New(portal.Slug), CreateForm, fields);
        var location = PortalClient.RedirectOf(created);
        Assert.NotNull(location);
        var progress = await portal.Clerk.GetPageAsync(location);
        // Either the pack is already made (its status tag), or the page says where it is and links to itself (no JavaScript here).
        if (progress.QuerySelector("main p .nhsuk-tag") is null)
        {
            Assert.Contains("The pack is", progress.QuerySelector("main [role=status]")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(location.Split('?')[0], progress.QuerySelectorAll("main a").Single(a => a.TextContent == "Check progress").GetAttribute("href"));
        }

        var pack = await portal.FinishedAsync(Guid.Parse(location.Split('/')[3].Split('?')[0]));
        Assert.True(pack.Status == PackStatus.Ready, pack.Message);
        return pack;
    }

    /// <summary>pdftotext lays text out in columns; comparing without runs of spaces and line breaks reads it as words.</summary>
    private static string Squeeze(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?m)^\s*\d+\.\s")]
    private static partial Regex ListMarkers();
}
