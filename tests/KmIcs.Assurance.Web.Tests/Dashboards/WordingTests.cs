using System.Text.RegularExpressions;
using AngleSharp.Dom;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Testing.Web;
using KmIcs.Assurance.Web.Demo;
using KmIcs.Assurance.Web.Tests.Accounts;

namespace KmIcs.Assurance.Web.Tests.Dashboards;

/// <summary>What the dashboards say, against the real Kent and Medway seed: counts agree with their nouns, sources are named
/// as documents, captions name what they label, and the footer names who runs the service.</summary>
public partial class WordingTests(DashboardFixture portal) : IClassFixture<DashboardFixture>, IAsyncLifetime
{
    private const string Tenant = DashboardFixture.Tenant;

    public Task InitializeAsync() => portal.SetUpAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Text(IElement element) => WhiteSpace().Replace(element.TextContent, " ").Trim();

    /// <summary>Fails unless every "N commitments" or "N priorities" in <paramref name="text"/> uses the singular exactly when N is 1.</summary>
    private static void AssertCountsAgree(string text, string where)
    {
        foreach (Match match in CountedNoun().Matches(text))
        {
            var count = int.Parse(match.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var plural = match.Groups["plural"].Success;
            Assert.True(plural != (count == 1), $"{where}: \"{match.Value}\" does not agree.");
        }
    }

    [Fact]
    public async Task Commitment_and_priority_counts_agree_with_their_nouns_on_the_overview_and_every_outcome_page()
    {
        var overview = await portal.Member.GetPageAsync($"/{Tenant}");
        foreach (var card in overview.QuerySelectorAll(".app-outcome-card"))
        {
            var counts = Text(card.QuerySelector("[data-count='commitments']")!);
            Assert.Matches(CommitmentsUnderPriorities(), counts);
            AssertCountsAgree(counts, "overview card");

            var outcome = await portal.Member.GetPageAsync(card.QuerySelector("h3 a")!.GetAttribute("href")!);
            var sentence = Text(outcome.QuerySelector("#priorities + p [data-count='commitments']")!);
            Assert.Matches(CommitmentsUnderPriorities(), sentence);
            AssertCountsAgree(sentence, outcome.Title!);
        }
    }

    [Fact]
    public async Task Members_see_sources_as_document_names_and_no_transcription_notes()
    {
        var indicator = Text((await portal.Member.GetPageAsync($"/{Tenant}/indicators/PH04")).QuerySelector("main")!);
        Assert.DoesNotContain("floors are null", indicator, StringComparison.Ordinal);
        Assert.DoesNotContain("transcriber", indicator, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("002 ", indicator, StringComparison.Ordinal);
        Assert.Contains("KPI dashboard", indicator, StringComparison.Ordinal);

        var conflict = await portal.Member.GetPageAsync($"/{Tenant}/indicators/4.2");
        var sources = conflict.QuerySelectorAll(".nhsuk-warning-callout li").Select(Text).ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.DoesNotMatch(Citation(), s));
        Assert.Empty(conflict.QuerySelectorAll(".nhsuk-warning-callout p"));

        var source = SummaryValue(await FirstCommitmentOfOutcomeOneAsync(portal.Member), "Source");
        Assert.Matches(@"^Shared Delivery Plan v1\.\d$", source);

        var csv = await portal.Member.Http.GetStringAsync(new Uri($"/{Tenant}/indicators/PH04/values.csv", UriKind.Relative));
        Assert.Contains(",KPI dashboard,", csv, StringComparison.Ordinal);
        Assert.DoesNotMatch(Citation(), csv);
        Assert.DoesNotContain("Dashboard column", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tenant_admins_also_see_citations_and_notes_as_transcribed()
    {
        var indicator = Text((await portal.Admin.GetPageAsync($"/{Tenant}/indicators/PH04")).QuerySelector("main")!);
        Assert.Contains("target floors are null", indicator, StringComparison.Ordinal);
        Assert.Contains("As transcribed: 002 KPI dashboard", indicator, StringComparison.Ordinal);
        var csv = await portal.Admin.Http.GetStringAsync(new Uri($"/{Tenant}/indicators/PH04/values.csv", UriKind.Relative));
        Assert.Contains(",002 KPI dashboard,", csv, StringComparison.Ordinal);

        var source = SummaryValue(await FirstCommitmentOfOutcomeOneAsync(portal.Admin), "Source");
        Assert.Matches(@"^Shared Delivery Plan v1\.\d\s*As transcribed: 00\d SDP v1\.\d lines? \d+", source);
    }

    [Fact]
    public async Task A_commitments_caption_names_its_outcome_by_title_and_its_priority_as_the_priority()
    {
        var page = await FirstCommitmentOfOutcomeOneAsync(portal.Member);

        var captions = page.QuerySelectorAll("main .nhsuk-caption-l, main .nhsuk-caption-m").Select(Text).ToList();
        Assert.Equal(["Outcome 1: Give children and young people the best start in life", "Priority: " + SummaryValue(page, "Priority")], captions);
    }

    [Fact]
    public async Task The_footer_names_the_partnership_or_the_service_and_not_nhs_england()
    {
        var overview = await portal.Member.GetPageAsync($"/{Tenant}");
        Assert.Equal("© Kent and Medway Integrated Care Partnership", Text(overview.QuerySelector("footer p")!));

        using var anonymous = new PortalClient(portal);
        var home = await anonymous.GetPageAsync("/");
        Assert.Equal("© Strategy Delivery Assurance", Text(home.QuerySelector("footer p")!));
        Assert.DoesNotContain("NHS England", Text(home.QuerySelector("footer")!), StringComparison.Ordinal);
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> FirstCommitmentOfOutcomeOneAsync(PortalClient client)
    {
        var outcome = await client.GetPageAsync($"/{Tenant}/outcomes/1");
        return await client.GetPageAsync(outcome.QuerySelector("tr[data-commitment] a")!.GetAttribute("href")!);
    }

    private static string SummaryValue(IParentNode page, string key) =>
        Text(page.QuerySelectorAll(".nhsuk-summary-list__row").Single(r => Text(r.QuerySelector(".nhsuk-summary-list__key")!) == key)
            .QuerySelector(".nhsuk-summary-list__value")!);

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"^\d[\d,]* commitments? under \d[\d,]* (priority|priorities)\.?$")]
    private static partial Regex CommitmentsUnderPriorities();

    [GeneratedRegex(@"\b(?<count>\d[\d,]*) (?:commitment(?<plural>s)?|priorit(?:y|(?<plural>ies)))\b")]
    private static partial Regex CountedNoun();

    [GeneratedRegex(@"\b00\d\b|\blines? \d")]
    private static partial Regex Citation();
}

/// <summary>The small demo partnership: one commitment under one priority, and nothing people told us.</summary>
public class DemoWordingTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    [Fact]
    public async Task The_demo_reads_one_commitment_under_one_priority_and_has_no_empty_what_people_told_us_section()
    {
        var member = await portal.CreateUserAsync(await portal.SeededTenantAsync(DemoData.TenantSlug), [TenantRole.Member]);
        using var client = new PortalClient(portal);
        await client.SignInAsync(member);

        var overview = await client.GetPageAsync($"/{DemoData.TenantSlug}");
        Assert.Equal("1 commitment under 1 priority", overview.QuerySelector("[data-count='commitments']")!.TextContent.Trim());

        var outcome = await client.GetPageAsync($"/{DemoData.TenantSlug}/outcomes/1");
        Assert.Equal("1 commitment under 1 priority.", outcome.QuerySelector("#priorities + p [data-count='commitments']")!.TextContent.Trim());
        Assert.Null(outcome.QuerySelector("#people"));
        Assert.Null(outcome.QuerySelector("a[href='#people']"));
        Assert.DoesNotContain(outcome.QuerySelectorAll("main h2"), h => h.TextContent.Contains("What people told us", StringComparison.Ordinal));
    }
}
