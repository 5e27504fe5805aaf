using System.Text.RegularExpressions;
using KmIcs.Assurance.Testing.Html;
using KmIcs.Assurance.Web.Components.Shared.Nhs;
using Microsoft.AspNetCore.Components;

namespace KmIcs.Assurance.Web.Tests.Components;

/// <summary>The table, pagination and back link components render the design system's own fixtures.</summary>
public class TableAndPaginationFixtureTests
{
    private static readonly Symptom[] Symptoms =
    [
        new("Blisters on lips or around the mouth", "Cold sores"),
        new("Itchy, dry, cracked, sore", "Eczema"),
        new("Itchy blisters", "Shingles, chickenpox"),
    ];

    [Fact]
    public async Task Table_with_a_row_header_column_matches_the_design_system_fixture()
    {
        var html = await RenderSymptomsAsync(responsive: false);

        Assert.Equal(HtmlStructure.Canonicalise(NhsukFixtures.Html("tables", "default", "nhsuk-table")), HtmlStructure.Canonicalise(html));
    }

    [Fact]
    public async Task Responsive_table_repeats_each_heading_in_its_cells_like_the_design_system_fixture()
    {
        var html = await RenderSymptomsAsync(responsive: true);

        Assert.Equal(HtmlStructure.Canonicalise(NhsukFixtures.Html("tables", "default", "nhsuk-table nhsuk-table--responsive")), HtmlStructure.Canonicalise(html));
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("Symptoms and causes", "tabindex=0 role=region aria-label=Symptoms and causes")]
    public async Task A_scrolling_table_is_a_focusable_region_only_when_labelled(string? label, string attributes)
    {
        var html = await ComponentRenderer.RenderAsync<Table<Symptom>>(new Dictionary<string, object?>
        {
            [nameof(Table<Symptom>.Items)] = Symptoms,
            [nameof(Table<Symptom>.Caption)] = "Symptoms",
            [nameof(Table<Symptom>.Scroll)] = true,
            [nameof(Table<Symptom>.ScrollLabel)] = label,
            [nameof(Table<Symptom>.ChildContent)] = Column("Possible cause", s => s.Cause, rowHeader: false),
        });

        var box = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("div.app-table-scroll")!;
        Assert.NotNull(box.QuerySelector("table.nhsuk-table"));
        Assert.Equal(attributes, string.Join(' ', box.Attributes.Where(a => a.Name != "class").Select(a => $"{a.Name}={a.Value}")));
    }

    [Fact]
    public async Task Pagination_links_the_pages_either_side_like_the_design_system_fixture_without_its_arrows()
    {
        var html = await ComponentRenderer.RenderAsync<Pagination>(new Dictionary<string, object?>
        {
            [nameof(Pagination.Page)] = 2,
            [nameof(Pagination.PageCount)] = 3,
            [nameof(Pagination.Href)] = (Func<int, string>)(page => page == 1 ? "#/section/treatments" : "#/section/symptoms"),
            [nameof(Pagination.PreviousText)] = "Treatments",
            [nameof(Pagination.NextText)] = "Symptoms",
        });

        // The component leaves out the arrow icons (see Pagination.razor).
        var withoutIcons = Regex.Replace(NhsukFixtures.Html("pagination", "default"), "<svg .*?</svg>", "", RegexOptions.Singleline);
        Assert.Equal(HtmlStructure.Canonicalise(withoutIcons), HtmlStructure.Canonicalise(html));
    }

    [Theory]
    [InlineData(1, 1, "")]
    [InlineData(1, 2, "Next")]
    [InlineData(2, 2, "Previous")]
    public async Task Pagination_offers_only_the_pages_there_are(int page, int pageCount, string links)
    {
        var html = await ComponentRenderer.RenderAsync<Pagination>(new Dictionary<string, object?>
        {
            [nameof(Pagination.Page)] = page,
            [nameof(Pagination.PageCount)] = pageCount,
            [nameof(Pagination.Href)] = (Func<int, string>)(p => $"?page={p}"),
            [nameof(Pagination.PreviousText)] = "Newer entries",
            [nameof(Pagination.NextText)] = "Older entries",
        });

        var titles = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelectorAll(".nhsuk-pagination__title").Select(t => t.FirstChild?.TextContent);
        Assert.Equal(links, string.Join(' ', titles));
    }

    [Fact]
    public async Task Back_link_matches_the_design_system_fixture()
    {
        var html = await ComponentRenderer.RenderAsync<BackLink>(new Dictionary<string, object?> { [nameof(BackLink.Href)] = "#" });

        Assert.Equal(HtmlStructure.Canonicalise(NhsukFixtures.Html("back-link", "default", "nhsuk-back-link")), HtmlStructure.Canonicalise(html));
    }

    private static Task<string> RenderSymptomsAsync(bool responsive) =>
        ComponentRenderer.RenderAsync<Table<Symptom>>(new Dictionary<string, object?>
        {
            [nameof(Table<Symptom>.Items)] = Symptoms,
            [nameof(Table<Symptom>.Caption)] = "Impetigo can look similar to other skin conditions",
            [nameof(Table<Symptom>.CaptionSize)] = "m",
            [nameof(Table<Symptom>.Responsive)] = responsive,
            [nameof(Table<Symptom>.ChildContent)] = (RenderFragment)(builder =>
            {
                builder.AddContent(0, Column("Skin symptoms", s => s.Symptoms, rowHeader: true));
                builder.AddContent(1, Column("Possible cause", s => s.Cause, rowHeader: false));
            }),
        });

    private static RenderFragment Column(string header, Func<Symptom, string> text, bool rowHeader) => builder =>
    {
        builder.OpenComponent<Column<Symptom>>(0);
        builder.AddComponentParameter(1, nameof(Column<Symptom>.Header), header);
        builder.AddComponentParameter(2, nameof(Column<Symptom>.RowHeader), rowHeader);
        builder.AddComponentParameter(3, nameof(Column<Symptom>.ChildContent), (RenderFragment<Symptom>)(item => cell => cell.AddContent(0, text(item))));
        builder.CloseComponent();
    };

    private sealed record Symptom(string Symptoms, string Cause);
}
