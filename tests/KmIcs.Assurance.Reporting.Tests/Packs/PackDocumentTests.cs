using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using KmIcs.Assurance.Domain.Packs;
using KmIcs.Assurance.Reporting.Packs;
using KmIcs.Assurance.Reporting.Packs.Document;

namespace KmIcs.Assurance.Reporting.Tests.Packs;

public class PackDocumentTests
{
    private static readonly HtmlParser Parser = new();

    public static TheoryData<PackKind> Kinds => new() { PackKind.Annual, PackKind.DeepDive };

    private static PackModel Sample(PackKind kind) => kind == PackKind.Annual ? PackModelSamples.Annual() : PackModelSamples.DeepDive();

    private static async Task<IHtmlDocument> RenderAsync(PackModel model, PackRenderOptions? options = null) =>
        Parser.ParseDocument(await PackHtml.RenderAsync(model, options ?? new PackRenderOptions()));

    private static IElement Part(IHtmlDocument document, string id) =>
        document.QuerySelector($"main > section[aria-labelledby='{id}']") ?? throw new InvalidOperationException($"No section {id}.");

    private static string Text(INode node) => string.Join(' ', node.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Top_level_sections_are_headed_by_the_contents_entries_in_order(PackKind kind)
    {
        var model = Sample(kind);

        var document = await RenderAsync(model);

        var sections = document.QuerySelectorAll("main > section.pack-part");
        Assert.Equal(PackContents.For(model), sections.Select(s => new PackContentsEntry(s.Children[0].Id!, s.Children[0].TextContent)));
        Assert.All(sections, s => Assert.Equal("H2", s.Children[0].TagName));
        Assert.All(sections, s => Assert.Equal(s.Children[0].Id, s.GetAttribute("aria-labelledby")));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Every_contents_link_and_label_reference_targets_an_id_that_exists_once(PackKind kind)
    {
        var document = await RenderAsync(Sample(kind));

        var links = document.QuerySelectorAll("nav.pack-contents a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(PackContents.For(Sample(kind)).Select(e => "#" + e.Id), links);
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var references = document.QuerySelectorAll("[aria-labelledby]").SelectMany(e => e.GetAttribute("aria-labelledby")!.Split(' '));
        Assert.All(links.Select(l => l[1..]).Concat(references), id => Assert.NotNull(document.GetElementById(id)));
    }

    [Fact]
    public async Task Page_numbers_are_printed_beside_their_entries_when_given()
    {
        var model = PackModelSamples.Annual();
        var pages = PackContents.For(model).Select((e, i) => (e.Id, Page: (i * 2) + 3)).ToDictionary(p => p.Id, p => p.Page);

        var document = await RenderAsync(model, new PackRenderOptions(pages));

        var printed = document.QuerySelectorAll(".pack-contents__item")
            .Select(li => (li.QuerySelector("a")!.GetAttribute("href")![1..], li.QuerySelector(".pack-contents__page")!.TextContent));
        Assert.Equal(pages.Select(p => (p.Key, p.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))), printed);
    }

    [Fact]
    public async Task Without_page_numbers_each_entry_keeps_an_empty_page_number_span()
    {
        var model = PackModelSamples.Annual();

        var document = await RenderAsync(model);

        var spans = document.QuerySelectorAll(".pack-contents__item .pack-contents__page");
        Assert.Equal(PackContents.For(model).Count, spans.Length);
        Assert.All(spans, s => Assert.Equal("", s.TextContent));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Tables_have_a_caption_and_column_headers_in_a_thead_and_rows_as_wide_as_the_header(PackKind kind)
    {
        var document = await RenderAsync(Sample(kind));

        var tables = document.QuerySelectorAll("main table");
        Assert.NotEmpty(tables);
        foreach (var table in tables)
        {
            Assert.NotEqual("", table.QuerySelector(":scope > caption")?.TextContent.Trim() ?? "");
            var headers = table.QuerySelectorAll(":scope > thead > tr > th");
            Assert.NotEmpty(headers);
            Assert.All(headers, th => Assert.Equal("col", th.GetAttribute("scope")));
            Assert.Empty(table.QuerySelectorAll(":scope > thead > tr > td"));
            Assert.All(table.QuerySelectorAll(":scope > tbody > tr, :scope > tfoot > tr"), row =>
            {
                Assert.Equal(headers.Length, row.Children.Length);
                Assert.Equal("row", row.Children[0].GetAttribute("scope"));
            });
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task No_heading_level_is_skipped_and_the_title_is_the_only_h1(PackKind kind)
    {
        var model = Sample(kind);

        var document = await RenderAsync(model);

        var levels = document.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.TagName[1] - '0').ToList();
        Assert.Equal(1, levels[0]);
        Assert.Single(levels, l => l == 1);
        Assert.Equal(model.Title, document.QuerySelector("h1")!.TextContent);
        for (var i = 1; i < levels.Count; i++)
        {
            Assert.True(levels[i] <= levels[i - 1] + 1, $"Heading {i} is an h{levels[i]} after an h{levels[i - 1]}.");
        }
    }

    [Fact]
    public async Task The_cover_names_the_partnership_meeting_date_version_and_marking()
    {
        var document = await RenderAsync(PackModelSamples.Annual());

        var cover = Text(document.QuerySelector(".pack-cover")!);
        Assert.Contains("Kent and Medway Integrated Care Partnership", cover, StringComparison.Ordinal);
        Assert.Contains("The whole strategy", cover, StringComparison.Ordinal);
        Assert.Contains("For Integrated Care Partnership: ICP meeting, December 2026, 10 December 2026", cover, StringComparison.Ordinal);
        Assert.Contains("As at 4 December 2026", cover, StringComparison.Ordinal);
        Assert.Contains("Version 2", cover, StringComparison.Ordinal);
        Assert.Contains("OFFICIAL", cover, StringComparison.Ordinal);
        Assert.Contains("taken on 4 December 2026 at 14:05", cover, StringComparison.Ordinal);
        Assert.Equal("Annual indicator update 2026", document.Title);
        Assert.Equal("en-GB", document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_section_prints_its_indicators_with_the_three_judgements_and_a_chart_and_values_for_each_charted_one()
    {
        var document = await RenderAsync(PackModelSamples.Annual());

        var section = Part(document, "section-outcome-1");
        var row = section.QuerySelectorAll("table.pack-indicator-table tbody tr").Single(r => r.Children[0].TextContent == "PH03");
        Assert.Equal(
            ["PH03", "Health checks completed", "63.0% Q2 2026/27, Kent Provisional", "70.0% for 2026/27", "Amber", "↑Improved", "Better than England England: 58.2%"],
            row.Children.Select(Text));
        Assert.Contains("No value yet", Text(section.QuerySelectorAll("table.pack-indicator-table tbody tr")[1]), StringComparison.Ordinal);
        Assert.Equal(["PH03: Health checks completed"], section.QuerySelectorAll("h4[id]").Select(h => h.TextContent));
        Assert.NotNull(section.QuerySelector("svg[role='img'] title"));
        Assert.Contains("Target: 70.0% (dashed green line)", Text(section.QuerySelector("figcaption")!), StringComparison.Ordinal);
        Assert.Equal(["Q4 2025/26", "Q1 2026/27", "Q2 2026/27", "Q2 2026/27"], section.QuerySelectorAll(".pack-indicator table tbody th").Select(th => th.TextContent));
        Assert.Contains("61.9%", Text(section.QuerySelector(".pack-indicator table")!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_section_prints_commitments_with_their_approved_status_and_narrative_and_marks_overdue_milestones()
    {
        var document = await RenderAsync(PackModelSamples.Annual());

        var outcome1 = Text(Part(document, "section-outcome-1"));
        Assert.Contains("Support families through early help hubs Approved status On track decided 20 November 2026", outcome1, StringComparison.Ordinal);
        Assert.Contains("Latest approved update, by Jo Lead, approved 20 November 2026:", outcome1, StringComparison.Ordinal);
        Assert.Contains("Four hubs are open.", outcome1, StringComparison.Ordinal);
        Assert.Contains("\"I\" statements", outcome1, StringComparison.Ordinal);
        var overdue = Part(document, "section-outcome-1").QuerySelector("tr.pack-overdue")!;
        Assert.Equal(["Open six family hubs", "Family hubs", "September 2026", "Overdue In progress", "Kent County Council"], overdue.Children.Select(Text));
        Assert.Contains("Not yet reported", Text(Part(document, "section-outcome-3")), StringComparison.Ordinal);
        Assert.Contains("No indicators are linked to this enabler.", Text(Part(document, "section-enabler-e2")), StringComparison.Ordinal);
        Assert.Contains("No commitments are recorded under this priority.", Text(Part(document, "section-enabler-e2")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deep_dive_prints_each_area_every_update_the_status_history_and_reporting_by_lead_body()
    {
        var document = await RenderAsync(PackModelSamples.DeepDive());

        var section = Part(document, "section-outcome-3");
        var text = Text(section);
        Assert.Equal(["3.1 in Kent", "3.1 in Medway"], section.QuerySelectorAll(".pack-indicator h5").Select(h => h.TextContent));
        Assert.Equal(2, section.QuerySelectorAll(".pack-indicator svg[role='img']").Length);
        Assert.Contains("Organisation Kent County Council Round Autumn 2026 Status proposed Some risk State Submitted for review submitted 2 November 2026", text, StringComparison.Ordinal);
        Assert.Contains("Risks and issues Installer shortage", text, StringComparison.Ordinal);
        Assert.Contains("Organisation Medway Council", text, StringComparison.Ordinal);
        var history = section.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")!.TextContent.StartsWith("Approved statuses", StringComparison.Ordinal));
        Assert.Equal(["1 April 2026", "1 July 2026"], history.QuerySelectorAll("tbody th").Select(th => th.TextContent));
        var completion = section.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")!.TextContent.StartsWith("Updates in the latest round", StringComparison.Ordinal));
        Assert.Equal(["Medway Council", "1", "0", "0", "0", "1"], completion.QuerySelectorAll("tbody tr")[1].Children.Select(c => c.TextContent));
    }

    [Fact]
    public async Task The_summary_counts_each_judgement_by_section_with_a_total()
    {
        var document = await RenderAsync(PackModelSamples.Annual());

        var rag = Part(document, "section-executive-summary").QuerySelectorAll("table")[0];
        Assert.Equal(["Section", "Indicators", "Green", "Amber", "Red", "Not available", "No target"], rag.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.Equal(["All sections", "3", "0", "1", "1", "1", "0"], rag.QuerySelectorAll("tfoot tr > *").Select(c => c.TextContent));
        Assert.Contains("Milestone \"Open six family hubs\" is overdue", Text(Part(document, "section-executive-summary")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changes_exceptions_data_quality_and_log_print_the_sample_figures()
    {
        var document = await RenderAsync(PackModelSamples.Annual());

        var changes = Text(Part(document, "section-changes"));
        Assert.Contains("\"Annual indicator update 2025\" (version 1, as at 5 December 2025)", changes, StringComparison.Ordinal);
        Assert.Contains("3.1 Homes with good insulation Amber Red", changes, StringComparison.Ordinal);
        Assert.Contains("Support families through early help hubs Some risk On track", changes, StringComparison.Ordinal);
        var exceptions = Part(document, "section-exceptions");
        Assert.Contains("No commitment is off track.", Text(exceptions), StringComparison.Ordinal);
        var missing = exceptions.QuerySelectorAll("table")[^1].QuerySelectorAll("tbody tr").Select(r => Text(r.Children[0]) + " " + Text(r.Children[1])).ToList();
        Assert.Equal(["Kent County Council 1", "Medway Council 2"], missing);
        var quality = Part(document, "section-data-quality");
        Assert.Equal(["25% (Shared Delivery Plan v1.8)", "30% (Health and Wellbeing Board strategy)"], quality.QuerySelectorAll("table li").Select(li => li.TextContent));
        Assert.Contains("No value has been published since the target was set", Text(quality), StringComparison.Ordinal);
        var log = Text(Part(document, "section-appendix-b"));
        Assert.Contains("2 October 2026 at 10:30 Value revised PH03 Q1 2026/27, Kent 61.5% revised to 61.9% A. Analyst", log, StringComparison.Ordinal);
        var ratings = Text(Part(document, "section-appendix-a"));
        Assert.Contains("Amber Floor standard met, target not yet met", ratings, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_lists_print_a_sentence_instead_of_an_empty_table()
    {
        var model = PackModelSamples.Annual() with
        {
            Exceptions = [],
            AssuranceLog = [],
            DataQuality = new PackDataQuality([], [], [], []),
            Changes = PackChanges.None,
        };

        var document = await RenderAsync(model);

        foreach (var id in new[] { "section-exceptions", "section-appendix-b", "section-data-quality", "section-changes" })
        {
            Assert.Empty(Part(document, id).QuerySelectorAll("table"));
        }

        Assert.Contains("No indicator is off track.", Text(Part(document, "section-exceptions")), StringComparison.Ordinal);
        Assert.Contains("No disagreement between source documents is unsettled.", Text(Part(document, "section-data-quality")), StringComparison.Ordinal);
        Assert.Contains("Nothing was recorded in the assurance log since the last pack.", Text(Part(document, "section-appendix-b")), StringComparison.Ordinal);
        Assert.Contains("This is the first pack of its kind", Text(Part(document, "section-changes")), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_model_read_back_from_its_stored_json_renders_the_same_html(PackKind kind)
    {
        var model = Sample(kind);

        var original = await PackHtml.RenderAsync(model, new PackRenderOptions());
        var stored = await PackHtml.RenderAsync(PackJson.Read(PackJson.Write(model)), new PackRenderOptions());

        Assert.Equal(original, stored);
    }

    [Fact]
    public async Task By_default_the_stylesheet_is_inlined_and_nothing_is_fetched_or_run()
    {
        var document = await RenderAsync(PackModelSamples.Annual());

        var style = Assert.Single(document.Head!.QuerySelectorAll("style"));
        Assert.Contains("size: A4", style.TextContent, StringComparison.Ordinal);
        Assert.Contains("font-family: Arial, \"Liberation Sans\", sans-serif", style.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", style.TextContent, StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll("link, script, img, iframe"));
        Assert.DoesNotContain(document.QuerySelectorAll("[href]"), e => !e.GetAttribute("href")!.StartsWith('#'));
    }

    [Fact]
    public async Task With_a_stylesheet_address_the_document_links_it_instead_of_inlining_it()
    {
        var document = await RenderAsync(PackModelSamples.Annual(), new PackRenderOptions(StylesheetHref: "/packs/pack.css"));

        var link = Assert.Single(document.Head!.QuerySelectorAll("link"));
        Assert.Equal("stylesheet", link.GetAttribute("rel"));
        Assert.Equal("/packs/pack.css", link.GetAttribute("href"));
        Assert.Empty(document.QuerySelectorAll("style"));
    }

    [Fact]
    public async Task The_document_starts_with_a_doctype_and_declares_its_encoding()
    {
        var html = await PackHtml.RenderAsync(PackModelSamples.Annual(), new PackRenderOptions());

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.NotNull(Parser.ParseDocument(html).QuerySelector("head > meta[charset='utf-8']"));
        Assert.NotNull(Parser.ParseDocument(html).QuerySelector("body > main > .pack-cover"));
    }
}
