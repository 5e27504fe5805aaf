using Bunit;
using Bunit.TestDoubles;
using KmIcs.Assurance.Web.Components.Filtering;
using KmIcs.Assurance.Web.Components.Shared.Nhs;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace KmIcs.Assurance.Web.Tests.Components;

/// <summary>
/// The live filters island, rendered by bUnit as the server prerenders it (a plain GET form) and as it runs over a
/// circuit: choosing an option fetches the filtered list at once, typing waits for a pause, and the page's answer
/// (new values and summary) comes back as new parameters that the live region reads out.
/// </summary>
public class LiveFiltersTests : BunitContext
{
    private static readonly Select.Item[] Ratings = [new("", "Any rating"), new("red", "Red"), new("green", "Green")];

    [Fact]
    public void Prerendered_the_filters_are_a_get_form_with_an_apply_button_and_no_live_region()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var cut = Render<LiveFilters>(ps => Filters(ps, rating: "red", text: "smoking", summary: "2 indicators"));

        var form = cut.Find("form");
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/kent-medway/indicators", form.GetAttribute("action"));
        Assert.Equal("red", cut.Find("select#rag option[selected]").GetAttribute("value"));
        Assert.Equal("smoking", cut.Find("input#q").GetAttribute("value"));
        Assert.Equal("Apply filters", cut.Find("button[type=submit]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[role=status]"));
    }

    [Fact]
    public void Choosing_a_rating_fetches_the_filtered_list_at_once_keeping_the_text_filter()
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var navigation = Services.GetRequiredService<NavigationManager>();
        var cut = Render<LiveFilters>(ps => Filters(ps, rating: null, text: "smoking", summary: "3 indicators"));

        cut.Find("select#rag").Change("green");

        Assert.Equal("http://localhost/kent-medway/indicators?rag=green&q=smoking", navigation.Uri);
    }

    [Fact]
    public async Task Typing_fetches_the_list_only_after_a_pause_with_the_last_text_typed()
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        var cut = Render<LiveFilters>(ps => Filters(ps, rating: "red", text: null, summary: "20 indicators"));
        var input = cut.Find("input#q");

        // As over a circuit, the second keystroke arrives while the first one's pause is still running.
        var first = input.InputAsync(new ChangeEventArgs { Value = "smo" });
        var second = input.InputAsync(new ChangeEventArgs { Value = "smok " });
        Assert.Equal("http://localhost/", navigation.Uri);

        await Task.WhenAll(first, second);
        Assert.Equal("http://localhost/kent-medway/indicators?rag=red&q=smok", navigation.Uri);
        Assert.Single(navigation.History);
    }

    [Fact]
    public void The_live_region_says_what_the_new_list_holds_once_the_page_answers_a_change()
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var cut = Render<LiveFilters>(ps => Filters(ps, rating: null, text: null, summary: "108 indicators"));
        Assert.Equal("", cut.Find("[role=status]").TextContent);

        cut.Find("select#rag").Change("red");
        cut.Render(ps => Filters(ps, rating: "red", text: null, summary: "7 indicators"));

        Assert.Equal("7 indicators", cut.Find("[role=status]").TextContent);
        Assert.Equal("red", cut.Find("select#rag option[selected]").GetAttribute("value"));
    }

    [Fact]
    public void Clearing_every_filter_goes_back_to_the_whole_list_and_hidden_values_stay()
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var navigation = Services.GetRequiredService<NavigationManager>();
        var cut = Render<LiveFilters>(ps => Filters(ps, rating: "red", text: null, summary: "7 indicators")
            .Add(p => p.Hidden, new Dictionary<string, string> { ["mine"] = "true" }));

        cut.Find("select#rag").Change("");

        Assert.Equal("http://localhost/kent-medway/indicators?mine=true", navigation.Uri);
    }

    private static ComponentParameterCollectionBuilder<LiveFilters> Filters(
        ComponentParameterCollectionBuilder<LiveFilters> ps, string? rating, string? text, string summary) => ps
        .Add(p => p.Action, "/kent-medway/indicators")
        .Add(p => p.Legend, "Filter indicators")
        .Add(p => p.ClearHref, "/kent-medway/indicators")
        .Add(p => p.Summary, summary)
        .Add(p => p.Fields, [new LiveFilterField("rag", "RAG rating", rating, Ratings), new LiveFilterField("q", "Reference or text", text)]);
}
