using System.Net;
using AngleSharp.Dom;
using KmIcs.Assurance.Testing.Web;

namespace KmIcs.Assurance.Web.Tests.Dashboards;

/// <summary>What an ICP member sees on the overview and the outcome, indicator and commitment pages, against the real seed.</summary>
public class DashboardPageTests(DashboardFixture portal) : IClassFixture<DashboardFixture>, IAsyncLifetime
{
    private const string Tenant = DashboardFixture.Tenant;

    public Task InitializeAsync() => portal.SetUpAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Text(IElement element) => element.TextContent.Trim();

    private static int CountIn(IElement card, string selector) => int.Parse(Text(card.QuerySelector(selector + " dd")!), System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_overview_has_a_card_for_each_of_the_six_outcomes_and_three_enablers()
    {
        var page = await portal.Member.GetPageAsync($"/{Tenant}");

        var headings = page.QuerySelectorAll(".app-outcome-card h3").Select(Text).ToList();
        Assert.Equal(9, headings.Count);
        Assert.StartsWith("Outcome 1: Give children and young people the best start in life", headings[0], StringComparison.Ordinal);
        Assert.Equal(["Outcome 1", "Outcome 2", "Outcome 3", "Outcome 4", "Outcome 5", "Outcome 6", "Enabler E1", "Enabler E2", "Enabler E3"],
            headings.Select(h => h[..h.IndexOf(':', StringComparison.Ordinal)]));
        Assert.Equal(["Shared outcomes", "Enablers"], page.QuerySelectorAll("main h2").Select(Text));
    }

    [Fact]
    public async Task Every_card_agrees_with_its_outcome_page_on_ratings_directions_commitments_and_overdue_milestones()
    {
        var overview = await portal.Member.GetPageAsync($"/{Tenant}");
        var cards = overview.QuerySelectorAll(".app-outcome-card").ToList();
        Assert.Equal(9, cards.Count);
        var indicatorsSeen = 0;
        foreach (var card in cards)
        {
            var href = card.QuerySelector("h3 a")!.GetAttribute("href")!;
            var outcome = await portal.Member.GetPageAsync(href);
            var rows = outcome.QuerySelectorAll("table.app-indicator-table tbody tr").ToList();
            indicatorsSeen += rows.Count;
            foreach (var rag in new[] { "green", "amber", "red", "not-available", "no-target" })
            {
                Assert.True(
                    CountIn(card, $"[data-rag='{rag}']") == rows.Count(r => r.GetAttribute("data-rag") == rag),
                    $"{href}: the card's {rag} count differs from the outcome page.");
            }

            foreach (var (direction, text) in new[] { ("Improved", "Improved"), ("Worsened", "Worsened"), ("NoChange", "No change"), ("NotComparable", "Not comparable") })
            {
                var onPage = rows.Count(r => r.QuerySelectorAll("td .nhsuk-tag").Any(t => Text(t).EndsWith(text, StringComparison.Ordinal)));
                Assert.True(CountIn(card, $"[data-direction='{direction}']") == onPage, $"{href}: the card's {text} count differs from the outcome page.");
            }

            var commitments = outcome.QuerySelectorAll("tr[data-commitment]").Length;
            Assert.StartsWith($"{commitments} {(commitments == 1 ? "commitment" : "commitments")} under", Text(card.QuerySelector("[data-count='commitments']")!), StringComparison.Ordinal);
            var overdue = outcome.QuerySelectorAll("#delivery-examples ~ .nhsuk-card .nhsuk-tag").Count(t => Text(t) == "Overdue");
            var milestones = outcome.QuerySelectorAll("#delivery-examples ~ .nhsuk-card tbody tr").Length;
            Assert.Equal($"{overdue} overdue of {milestones}", Text(card.QuerySelector("[data-count='overdue']")!));
        }

        Assert.True(indicatorsSeen >= 80, $"Only {indicatorsSeen} indicators appeared across the outcome pages.");
    }

    [Fact]
    public async Task An_outcome_page_shows_its_priorities_indicators_with_three_labelled_judgements_and_statements()
    {
        var page = await portal.Member.GetPageAsync($"/{Tenant}/outcomes/1");

        Assert.Equal("Give children and young people the best start in life", Text(page.QuerySelector("h1")!));
        var headers = page.QuerySelectorAll("table.app-indicator-table thead th").Select(Text).ToList();
        Assert.Contains("RAGAgainst target and floor standard", headers);
        Assert.Contains("BenchmarkCompared with England (confidence intervals)", headers);
        Assert.Contains("Direction of travelChange since the previous period", headers);
        Assert.Contains(page.QuerySelectorAll("table.app-indicator-table tbody tr"), r => r.GetAttribute("data-ref") == "1.1");
        var priorities = page.QuerySelectorAll("#priorities ~ h3").Select(Text).ToList();
        Assert.Contains("Strive for children and young people to be physically and emotionally healthy", priorities);
        Assert.Contains(page.QuerySelectorAll("li"), li => Text(li) == "I am happy and secure at school and at home");
        Assert.NotNull(page.QuerySelector($"a[href='/{Tenant}/outcomes/1/indicators.csv']"));
    }

    [Fact]
    public async Task Enablers_are_addressed_by_their_printed_number()
    {
        var page = await portal.Member.GetPageAsync($"/{Tenant}/outcomes/E1");

        Assert.Equal("Enabler E1", Text(page.QuerySelector(".nhsuk-caption-l")!));
    }

    [Fact]
    public async Task An_indicator_page_shows_its_metadata_a_chart_with_a_text_summary_and_every_value()
    {
        var page = await portal.Member.GetPageAsync($"/{Tenant}/indicators/PH03");

        var chart = page.QuerySelector("svg.app-chart__svg")!;
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.NotEmpty(chart.QuerySelectorAll("polyline"));
        Assert.StartsWith("The latest value for Kent is", Text(page.QuerySelector("#summary")!), StringComparison.Ordinal);
        Assert.Equal(Text(page.QuerySelector("#summary")!), Text(chart.QuerySelector("desc")!));
        var keys = page.QuerySelectorAll(".nhsuk-summary-list__key").Select(Text).ToList();
        Assert.Contains("Means of verification", keys);
        Assert.Contains("Polarity", keys);
        Assert.Contains("Targets", keys);
        var values = page.QuerySelectorAll("caption").First(c => Text(c).StartsWith("Values of PH03", StringComparison.Ordinal)).ParentElement!;
        Assert.True(values.QuerySelectorAll("tbody tr").Length >= 4);
    }

    [Fact]
    public async Task A_logframe_indicator_with_a_conflict_between_documents_shows_both_values()
    {
        var page = await portal.Member.GetPageAsync($"/{Tenant}/indicators/4.2");

        Assert.Equal("Where the source documents disagree", Text(page.QuerySelectorAll("main h2")[^1]));
        Assert.True(page.QuerySelectorAll(".nhsuk-warning-callout li").Length >= 2);
    }

    [Fact]
    public async Task Unknown_outcomes_indicators_and_commitments_are_not_found()
    {
        foreach (var url in new[] { $"/{Tenant}/outcomes/9", $"/{Tenant}/indicators/99.9", $"/{Tenant}/commitments/{Guid.NewGuid()}" })
        {
            using var response = await portal.Member.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, url);
        }
    }

    [Fact]
    public async Task Another_partnerships_admin_gets_not_found_for_every_dashboard_page_and_download()
    {
        foreach (var url in new[]
        {
            $"/{Tenant}", $"/{Tenant}/outcomes/1", $"/{Tenant}/indicators/PH03", $"/{Tenant}/commitments",
            $"/{Tenant}/indicators", $"/{Tenant}/search?q=health", $"/{Tenant}/outcomes/1/indicators.csv",
            $"/{Tenant}/outcomes/1/commitments.csv", $"/{Tenant}/indicators/PH03/values.csv",
        })
        {
            using var response = await portal.Outsider.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, url);
        }
    }

    [Fact]
    public async Task The_rag_filter_lists_only_indicators_with_that_rating_and_keeps_the_choice_selected()
    {
        var all = await portal.Member.GetPageAsync($"/{Tenant}/indicators");
        var amber = await portal.Member.GetPageAsync($"/{Tenant}/indicators?rag=amber");

        var rows = amber.QuerySelectorAll("table.app-indicator-table tbody tr").ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("amber", r.GetAttribute("data-rag")));
        Assert.Equal(all.QuerySelectorAll("tr[data-rag='amber']").Length, rows.Count);
        Assert.Equal("amber", amber.QuerySelector("#rag option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_outcome_filter_lists_only_that_outcomes_indicators()
    {
        var page = await portal.Member.GetPageAsync($"/{Tenant}/indicators?outcome=3&set=logframe");

        var refs = page.QuerySelectorAll("table.app-indicator-table tbody tr").Select(r => r.GetAttribute("data-ref")!).ToList();
        Assert.Equal(18, refs.Count);
        Assert.All(refs, r => Assert.StartsWith("3.", r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_finds_indicators_by_words_in_their_statement_whatever_the_case()
    {
        var page = await portal.Member.GetPageAsync($"/{Tenant}/search?q=SMOKING");

        var refs = page.QuerySelectorAll("table.app-indicator-table tbody tr").Select(r => r.GetAttribute("data-ref")).ToList();
        Assert.NotEmpty(refs);
        Assert.Equal("SMOKING", page.QuerySelector("#search-q")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Search_matches_other_forms_of_a_word_so_smoking_finds_women_who_smoke_in_pregnancy()
    {
        var page = await portal.Member.GetPageAsync($"/{Tenant}/search?q=smoking");

        var commitments = page.QuerySelectorAll("main table").First(t => !t.ClassList.Contains("app-indicator-table"))
            .QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(commitments, text => text.Contains("Reduce the proportion of women who smoke in pregnancy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_needs_every_word_but_not_in_order()
    {
        var both = await portal.Member.GetPageAsync($"/{Tenant}/search?q=pregnancy+smoke");
        var nonsense = await portal.Member.GetPageAsync($"/{Tenant}/search?q=pregnancy+zzyzx");

        Assert.Contains("Reduce the proportion of women who smoke in pregnancy", both.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(nonsense.QuerySelectorAll("main table tbody tr"));
    }

    [Fact]
    public async Task The_accessibility_statement_is_public_and_linked_from_every_footer()
    {
        var anonymous = portal.CreateClient();
        var statement = PortalClient.Parse(await anonymous.GetStringAsync(new Uri("/accessibility", UriKind.Relative)));
        var overview = await portal.Member.GetPageAsync($"/{Tenant}");

        Assert.StartsWith("Accessibility statement for", Text(statement.QuerySelector("h1")!), StringComparison.Ordinal);
        Assert.Equal("/accessibility", overview.QuerySelector("footer a")!.GetAttribute("href"));
    }
}
