using System.Text.RegularExpressions;
using Bunit;
using KmIcs.Assurance.Testing.Html;
using KmIcs.Assurance.Web.Components.Shared.Nhs;
using Microsoft.AspNetCore.Components;

namespace KmIcs.Assurance.Web.Tests.Components;

/// <summary>The table, pagination and back link components render the design system's own fixtures.</summary>
public class TableAndPaginationFixtureTests : BunitContext
{
    private static readonly Symptom[] Symptoms =
    [
        new("Blisters on lips or around the mouth", "Cold sores"),
        new("Itchy, dry, cracked, sore", "Eczema"),
        new("Itchy blisters", "Shingles, chickenpox"),
    ];

    [Fact]
    public void Table_with_a_row_header_column_matches_the_design_system_fixture()
    {
        var cut = RenderSymptoms(responsive: false);

        cut.MarkupMatches(NhsukFixtures.Html("tables", "default", "nhsuk-table"));
    }

    [Fact]
    public void Responsive_table_repeats_each_heading_in_its_cells_like_the_design_system_fixture()
    {
        var cut = RenderSymptoms(responsive: true);

        cut.MarkupMatches(NhsukFixtures.Html("tables", "default", "nhsuk-table nhsuk-table--responsive"));
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("Symptoms and causes", "tabindex=0 role=region aria-label=Symptoms and causes")]
    public void A_scrolling_table_is_a_focusable_region_only_when_labelled(string? label, string attributes)
    {
        var cut = Render<Table<Symptom>>(ps => ps
            .Add(p => p.Items, Symptoms)
            .Add(p => p.Caption, "Symptoms")
            .Add(p => p.Scroll, true)
            .Add(p => p.ScrollLabel, label)
            .Add<Column<Symptom>>(p => p.ChildContent, column => SymptomColumn(column, "Possible cause", s => s.Cause, rowHeader: false)));

        var box = cut.Find("div.app-table-scroll");
        Assert.NotNull(box.QuerySelector("table.nhsuk-table"));
        Assert.Equal(attributes, string.Join(' ', box.Attributes.Where(a => a.Name != "class").Select(a => $"{a.Name}={a.Value}")));
    }

    [Fact]
    public void Pagination_links_the_pages_either_side_like_the_design_system_fixture_without_its_arrows()
    {
        var cut = Render<Pagination>(ps => ps
            .Add(p => p.Page, 2)
            .Add(p => p.PageCount, 3)
            .Add(p => p.Href, page => page == 1 ? "#/section/treatments" : "#/section/symptoms")
            .Add(p => p.PreviousText, "Treatments")
            .Add(p => p.NextText, "Symptoms"));

        // The component leaves out the arrow icons (see Pagination.razor).
        cut.MarkupMatches(Regex.Replace(NhsukFixtures.Html("pagination", "default"), "<svg .*?</svg>", "", RegexOptions.Singleline));
    }

    [Theory]
    [InlineData(1, 1, "")]
    [InlineData(1, 2, "Next")]
    [InlineData(2, 2, "Previous")]
    public void Pagination_offers_only_the_pages_there_are(int page, int pageCount, string links)
    {
        var cut = Render<Pagination>(ps => ps
            .Add(p => p.Page, page)
            .Add(p => p.PageCount, pageCount)
            .Add(p => p.Href, p => $"?page={p}")
            .Add(p => p.PreviousText, "Newer entries")
            .Add(p => p.NextText, "Older entries"));

        var titles = cut.FindAll(".nhsuk-pagination__title").Select(t => t.FirstChild?.TextContent);
        Assert.Equal(links, string.Join(' ', titles));
    }

    [Fact]
    public void Back_link_matches_the_design_system_fixture()
    {
        var cut = Render<BackLink>(ps => ps.Add(p => p.Href, "#"));

        cut.MarkupMatches(NhsukFixtures.Html("back-link", "default", "nhsuk-back-link"));
    }

    private IRenderedComponent<Table<Symptom>> RenderSymptoms(bool responsive) =>
        Render<Table<Symptom>>(ps => ps
            .Add(p => p.Items, Symptoms)
            .Add(p => p.Caption, "Impetigo can look similar to other skin conditions")
            .Add(p => p.CaptionSize, "m")
            .Add(p => p.Responsive, responsive)
            .Add<Column<Symptom>>(p => p.ChildContent, column => SymptomColumn(column, "Skin symptoms", s => s.Symptoms, rowHeader: true))
            .Add<Column<Symptom>>(p => p.ChildContent, column => SymptomColumn(column, "Possible cause", s => s.Cause, rowHeader: false)));

    private static void SymptomColumn(ComponentParameterCollectionBuilder<Column<Symptom>> column, string header, Func<Symptom, string> text, bool rowHeader) => column
        .Add(p => p.Header, header)
        .Add(p => p.RowHeader, rowHeader)
        .Add(p => p.ChildContent, (RenderFragment<Symptom>)(item => cell => cell.AddContent(0, text(item))));

    private sealed record Symptom(string Symptoms, string Cause);
}
